namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ResponseType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ResponseTypeConverter() : FhirCodeConverter<ResponseType>(
[
    "ok",
    "transient-error",
    "fatal-error",
]);
