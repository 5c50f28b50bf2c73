namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="BundleType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class BundleTypeConverter() : FhirCodeConverter<BundleType>(
[
    "document",
    "message",
    "transaction",
    "transaction-response",
    "batch",
    "batch-response",
    "history",
    "searchset",
    "collection",
]);
