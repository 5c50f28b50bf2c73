namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AllergyIntoleranceCategory"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AllergyIntoleranceCategoryConverter() : FhirCodeConverter<AllergyIntoleranceCategory>(
[
    "food",
    "medication",
    "environment",
    "biologic",
]);
