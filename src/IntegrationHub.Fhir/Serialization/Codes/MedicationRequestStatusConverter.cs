namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationRequestStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationRequestStatusConverter() : FhirCodeConverter<MedicationRequestStatus>(
[
    "active",
    "on-hold",
    "cancelled",
    "completed",
    "entered-in-error",
    "stopped",
    "draft",
    "unknown",
]);
