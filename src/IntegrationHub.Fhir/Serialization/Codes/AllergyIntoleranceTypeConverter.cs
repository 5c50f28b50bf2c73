namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AllergyIntoleranceType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AllergyIntoleranceTypeConverter() : FhirCodeConverter<AllergyIntoleranceType>(
[
    "allergy",
    "intolerance",
]);
