namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ObservationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ObservationStatusConverter() : FhirCodeConverter<ObservationStatus>(
[
    "registered",
    "preliminary",
    "final",
    "amended",
    "corrected",
    "cancelled",
    "entered-in-error",
    "unknown",
]);
