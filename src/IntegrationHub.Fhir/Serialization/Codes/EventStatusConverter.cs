namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EventStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EventStatusConverter() : FhirCodeConverter<EventStatus>(
[
    "preparation",
    "in-progress",
    "not-done",
    "on-hold",
    "stopped",
    "completed",
    "entered-in-error",
    "unknown",
]);
