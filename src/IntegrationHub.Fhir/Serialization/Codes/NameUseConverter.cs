namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="NameUse"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class NameUseConverter() : FhirCodeConverter<NameUse>(
[
    "usual",
    "official",
    "temp",
    "nickname",
    "anonymous",
    "old",
    "maiden",
]);
