namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationDispenseStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationDispenseStatusConverter() : FhirCodeConverter<MedicationDispenseStatus>(
[
    "preparation",
    "in-progress",
    "cancelled",
    "on-hold",
    "completed",
    "entered-in-error",
    "stopped",
    "declined",
    "unknown",
]);
