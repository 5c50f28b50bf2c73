namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EncounterStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EncounterStatusConverter() : FhirCodeConverter<EncounterStatus>(
[
    "planned",
    "arrived",
    "triaged",
    "in-progress",
    "onleave",
    "finished",
    "cancelled",
    "entered-in-error",
    "unknown",
]);
