using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set SubscriptionChannelType (http://hl7.org/fhir/ValueSet/subscription-channel-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(SubscriptionChannelTypeConverter))]
public enum SubscriptionChannelType
{
    /// <summary><c>rest-hook</c>: Rest Hook.</summary>
    RestHook,

    /// <summary><c>websocket</c>: Websocket.</summary>
    Websocket,

    /// <summary><c>email</c>: Email.</summary>
    Email,

    /// <summary><c>sms</c>: SMS.</summary>
    Sms,

    /// <summary><c>message</c>: Message.</summary>
    Message,
}
