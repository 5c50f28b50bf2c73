using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent.agent element: Actor involved in the event.</summary>
public sealed class AuditEventAgent : BackboneElement
{
    /// <summary>How agent participated.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Agent role in the event.</summary>
    public List<CodeableConcept>? Role { get; set; }

    /// <summary>Identifier of who.</summary>
    public Reference? Who { get; set; }

    /// <summary>Alternative User identity.</summary>
    public string? AltId { get; set; }
    [JsonPropertyName("_altId")] public PrimitiveElement? AltIdElement { get; set; }

    /// <summary>Human friendly name for the agent.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Whether user is initiator (required).</summary>
    public required bool Requestor { get; set; }
    [JsonPropertyName("_requestor")] public PrimitiveElement? RequestorElement { get; set; }

    /// <summary>Where.</summary>
    public Reference? Location { get; set; }

    /// <summary>Policy that authorized event.</summary>
    public List<string>? Policy { get; set; }
    [JsonPropertyName("_policy")] public List<PrimitiveElement?>? PolicyElement { get; set; }

    /// <summary>Type of media.</summary>
    public Coding? Media { get; set; }

    /// <summary>Logical network location for application activity.</summary>
    public AuditEventAgentNetwork? Network { get; set; }

    /// <summary>Reason given for this user.</summary>
    public List<CodeableConcept>? PurposeOfUse { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
