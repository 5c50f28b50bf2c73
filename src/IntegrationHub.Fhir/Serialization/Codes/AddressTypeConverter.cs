namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AddressType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AddressTypeConverter() : FhirCodeConverter<AddressType>(
[
    "postal",
    "physical",
    "both",
]);
