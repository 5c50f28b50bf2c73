namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="IssueSeverity"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class IssueSeverityConverter() : FhirCodeConverter<IssueSeverity>(
[
    "fatal",
    "error",
    "warning",
    "information",
]);
