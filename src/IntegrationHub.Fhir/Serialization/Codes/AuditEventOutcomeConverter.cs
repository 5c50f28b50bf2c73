namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AuditEventOutcome"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AuditEventOutcomeConverter() : FhirCodeConverter<AuditEventOutcome>(
[
    "0",
    "4",
    "8",
    "12",
]);
