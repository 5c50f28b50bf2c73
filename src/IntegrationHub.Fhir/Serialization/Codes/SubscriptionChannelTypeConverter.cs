namespace IntegrationHub.Fhir;

/// <summary>Reads and writes <see cref="SubscriptionChannelType"/> as its FHIR code; member order matches the code order.</summary>
internal sealed class SubscriptionChannelTypeConverter() : FhirCodeConverter<SubscriptionChannelType>(
[
    "rest-hook",
    "websocket",
    "email",
    "sms",
    "message",
]);
