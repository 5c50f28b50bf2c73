namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="AuditEventAgentNetworkType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class AuditEventAgentNetworkTypeConverter() : FhirCodeConverter<AuditEventAgentNetworkType>(
[
    "1",
    "2",
    "3",
    "4",
    "5",
]);
