namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ConditionalDeleteStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ConditionalDeleteStatusConverter() : FhirCodeConverter<ConditionalDeleteStatus>(
[
    "not-supported",
    "single",
    "multiple",
]);
