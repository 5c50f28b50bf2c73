using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Subscription.channel element: The channel on which to report matches to the criteria.</summary>
public sealed class SubscriptionChannel : BackboneElement
{
    /// <summary>rest-hook | websocket | email | sms | message (required).</summary>
    public required SubscriptionChannelType Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Where the channel points to.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Endpoint { get; set; }
    [JsonPropertyName("_endpoint")] public PrimitiveElement? EndpointElement { get; set; }

    /// <summary>MIME type to send, or omit for no payload.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Payload { get; set; }
    [JsonPropertyName("_payload")] public PrimitiveElement? PayloadElement { get; set; }

    /// <summary>Usage depends on the channel type.</summary>
    public List<string>? Header { get; set; }
    [JsonPropertyName("_header")] public List<PrimitiveElement?>? HeaderElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
