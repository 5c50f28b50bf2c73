namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="ConditionalReadStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class ConditionalReadStatusConverter() : FhirCodeConverter<ConditionalReadStatus>(
[
    "not-supported",
    "modified-since",
    "not-match",
    "full-support",
]);
