namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AuditEventAction"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AuditEventActionConverter() : FhirCodeConverter<AuditEventAction>(
[
    "C",
    "R",
    "U",
    "D",
    "E",
]);
