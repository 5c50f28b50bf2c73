namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ReferenceHandlingPolicy"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ReferenceHandlingPolicyConverter() : FhirCodeConverter<ReferenceHandlingPolicy>(
[
    "literal",
    "logical",
    "resolves",
    "enforced",
    "local",
]);
