namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="IdentifierUse"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class IdentifierUseConverter() : FhirCodeConverter<IdentifierUse>(
[
    "usual",
    "official",
    "temp",
    "secondary",
    "old",
]);
