namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="PublicationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class PublicationStatusConverter() : FhirCodeConverter<PublicationStatus>(
[
    "draft",
    "active",
    "retired",
    "unknown",
]);
