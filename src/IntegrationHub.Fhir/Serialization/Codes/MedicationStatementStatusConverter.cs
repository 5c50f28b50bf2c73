namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationStatementStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationStatementStatusConverter() : FhirCodeConverter<MedicationStatementStatus>(
[
    "active",
    "completed",
    "entered-in-error",
    "intended",
    "stopped",
    "on-hold",
    "unknown",
    "not-taken",
]);
