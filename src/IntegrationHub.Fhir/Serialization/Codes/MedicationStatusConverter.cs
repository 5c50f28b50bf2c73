namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="MedicationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class MedicationStatusConverter() : FhirCodeConverter<MedicationStatus>(
[
    "active",
    "inactive",
    "entered-in-error",
]);
