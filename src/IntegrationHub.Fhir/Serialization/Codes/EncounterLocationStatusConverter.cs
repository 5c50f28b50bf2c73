namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EncounterLocationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EncounterLocationStatusConverter() : FhirCodeConverter<EncounterLocationStatus>(
[
    "planned",
    "active",
    "reserved",
    "completed",
]);
