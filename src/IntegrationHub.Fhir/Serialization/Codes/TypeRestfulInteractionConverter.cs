namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="TypeRestfulInteraction"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class TypeRestfulInteractionConverter() : FhirCodeConverter<TypeRestfulInteraction>(
[
    "read",
    "vread",
    "update",
    "patch",
    "delete",
    "history-instance",
    "history-type",
    "create",
    "search-type",
]);
