namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationAdministrationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationAdministrationStatusConverter() : FhirCodeConverter<MedicationAdministrationStatus>(
[
    "in-progress",
    "not-done",
    "on-hold",
    "completed",
    "entered-in-error",
    "stopped",
    "unknown",
]);
