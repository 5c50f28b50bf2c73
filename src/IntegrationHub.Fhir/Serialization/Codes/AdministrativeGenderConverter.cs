namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AdministrativeGender"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AdministrativeGenderConverter() : FhirCodeConverter<AdministrativeGender>(
[
    "male",
    "female",
    "other",
    "unknown",
]);
