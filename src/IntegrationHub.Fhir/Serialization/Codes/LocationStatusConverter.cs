namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="LocationStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class LocationStatusConverter() : FhirCodeConverter<LocationStatus>(
[
    "active",
    "suspended",
    "inactive",
]);
