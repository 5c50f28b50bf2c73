using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Narrative datatype: Human-readable summary of the resource (essential clinical and business information).</summary>
public sealed class Narrative : Element
{
    /// <summary>generated | extensions | additional | empty (required).</summary>
    public required NarrativeStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Limited xhtml content (required).</summary>
    public required string Div { get; set; }
    [JsonPropertyName("_div")] public PrimitiveElement? DivElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
