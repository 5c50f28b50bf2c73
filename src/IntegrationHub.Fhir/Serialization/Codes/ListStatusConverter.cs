namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ListStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ListStatusConverter() : FhirCodeConverter<ListStatus>(
[
    "current",
    "retired",
    "entered-in-error",
]);
