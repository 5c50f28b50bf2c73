namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="DocumentMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class DocumentModeConverter() : FhirCodeConverter<DocumentMode>(
[
    "producer",
    "consumer",
]);
