namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="EventCapabilityMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class EventCapabilityModeConverter() : FhirCodeConverter<EventCapabilityMode>(
[
    "sender",
    "receiver",
]);
