using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Provenance.entity element: An entity used in this activity.</summary>
public sealed class ProvenanceEntity : BackboneElement
{
    /// <summary>derivation | revision | quotation | source | removal (required).</summary>
    public required ProvenanceEntityRole Role { get; set; }
    [JsonPropertyName("_role")] public PrimitiveElement? RoleElement { get; set; }

    /// <summary>Identity of entity (required).</summary>
    public required Reference What { get; set; }

    /// <summary>Entity is attributed to this agent.</summary>
    public List<ProvenanceAgent>? Agent { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
