namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AllergyIntoleranceSeverity"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AllergyIntoleranceSeverityConverter() : FhirCodeConverter<AllergyIntoleranceSeverity>(
[
    "mild",
    "moderate",
    "severe",
]);
