namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="SubscriptionStatus"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class SubscriptionStatusConverter() : FhirCodeConverter<SubscriptionStatus>(
[
    "requested",
    "active",
    "error",
    "off",
]);
