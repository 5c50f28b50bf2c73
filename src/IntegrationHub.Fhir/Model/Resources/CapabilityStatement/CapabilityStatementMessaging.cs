using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.messaging element: If messaging is supported.</summary>
public sealed class CapabilityStatementMessaging : BackboneElement
{
    /// <summary>Where messages should be sent.</summary>
    public List<CapabilityStatementMessagingEndpoint>? Endpoint { get; set; }

    /// <summary>Reliable Message Cache Length (min).</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? ReliableCache { get; set; }
    [JsonPropertyName("_reliableCache")] public PrimitiveElement? ReliableCacheElement { get; set; }

    /// <summary>Messaging interface behavior details.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <summary>Messages supported by this system.</summary>
    public List<CapabilityStatementMessagingSupportedMessage>? SupportedMessage { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Endpoint)
        && ReliableCache is null
        && ReliableCacheElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Documentation)
        && DocumentationElement is not { IsEmpty: false }
        && FhirContent.NoElements(SupportedMessage);
}
