namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AddressUse"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AddressUseConverter() : FhirCodeConverter<AddressUse>(
[
    "home",
    "work",
    "temp",
    "old",
    "billing",
]);
