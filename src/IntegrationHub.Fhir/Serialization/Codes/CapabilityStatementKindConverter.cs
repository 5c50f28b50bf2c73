namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="CapabilityStatementKind"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class CapabilityStatementKindConverter() : FhirCodeConverter<CapabilityStatementKind>(
[
    "instance",
    "capability",
    "requirements",
]);
