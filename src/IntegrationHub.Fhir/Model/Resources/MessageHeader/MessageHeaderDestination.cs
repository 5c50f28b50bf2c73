using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MessageHeader.destination element: Message destination application(s).</summary>
public sealed class MessageHeaderDestination : BackboneElement
{
    /// <summary>Name of system.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Particular delivery destination within the destination.</summary>
    public Reference? Target { get; set; }

    /// <summary>Actual destination address or id (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Endpoint { get; set; }
    [JsonPropertyName("_endpoint")] public PrimitiveElement? EndpointElement { get; set; }

    /// <summary>Intended "real-world" recipient for the data.</summary>
    public Reference? Receiver { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && Target is not { IsEmpty: false }
        && string.IsNullOrEmpty(Endpoint)
        && EndpointElement is not { IsEmpty: false }
        && Receiver is not { IsEmpty: false };
}
