namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ListMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ListModeConverter() : FhirCodeConverter<ListMode>(
[
    "working",
    "snapshot",
    "changes",
]);
