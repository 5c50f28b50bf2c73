namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="LocationMode"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class LocationModeConverter() : FhirCodeConverter<LocationMode>(
[
    "instance",
    "kind",
]);
