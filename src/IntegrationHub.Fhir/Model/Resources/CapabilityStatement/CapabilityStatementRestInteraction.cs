using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.interaction element: What operations are supported?.</summary>
public sealed class CapabilityStatementRestInteraction : BackboneElement
{
    /// <summary>transaction | batch | search-system | history-system (required).</summary>
    public required SystemRestfulInteraction Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <summary>Anything special about operation behavior.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
