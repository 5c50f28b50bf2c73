namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AllergyIntoleranceCriticality"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AllergyIntoleranceCriticalityConverter() : FhirCodeConverter<AllergyIntoleranceCriticality>(
[
    "low",
    "high",
    "unable-to-assess",
]);
