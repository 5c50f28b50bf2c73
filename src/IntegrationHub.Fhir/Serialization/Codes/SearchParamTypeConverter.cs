namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="SearchParamType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class SearchParamTypeConverter() : FhirCodeConverter<SearchParamType>(
[
    "number",
    "date",
    "string",
    "token",
    "reference",
    "composite",
    "quantity",
    "uri",
    "special",
]);
