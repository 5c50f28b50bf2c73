namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="HTTPVerb"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class HTTPVerbConverter() : FhirCodeConverter<HTTPVerb>(
[
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
]);
