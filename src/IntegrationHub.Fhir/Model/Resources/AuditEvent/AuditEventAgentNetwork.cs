using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent.agent.network element: Logical network location for application activity.</summary>
public sealed class AuditEventAgentNetwork : BackboneElement
{
    /// <summary>Identifier for the network access point of the user device.</summary>
    public string? Address { get; set; }
    [JsonPropertyName("_address")] public PrimitiveElement? AddressElement { get; set; }

    /// <summary>The type of network access point.</summary>
    public AuditEventAgentNetworkType? Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Address)
        && AddressElement is not { IsEmpty: false }
        && Type is null
        && TypeElement is not { IsEmpty: false };
}
