namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="SystemRestfulInteraction"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class SystemRestfulInteractionConverter() : FhirCodeConverter<SystemRestfulInteraction>(
[
    "transaction",
    "batch",
    "search-system",
    "history-system",
]);
