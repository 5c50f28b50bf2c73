namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="SearchEntryMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class SearchEntryModeConverter() : FhirCodeConverter<SearchEntryMode>(
[
    "match",
    "include",
    "outcome",
]);
