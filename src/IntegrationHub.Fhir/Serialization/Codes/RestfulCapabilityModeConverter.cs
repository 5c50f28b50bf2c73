namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="RestfulCapabilityMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class RestfulCapabilityModeConverter() : FhirCodeConverter<RestfulCapabilityMode>(
[
    "client",
    "server",
]);
