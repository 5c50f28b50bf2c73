namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="LinkType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class LinkTypeConverter() : FhirCodeConverter<LinkType>(
[
    "replaced-by",
    "replaces",
    "refer",
    "seealso",
]);
