using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.document element: Document definition.</summary>
public sealed class CapabilityStatementDocument : BackboneElement
{
    /// <summary>producer | consumer (required).</summary>
    public required DocumentMode Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>Description of document support.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <summary>Constraint on the resources used in the document (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Profile { get; set; }
    [JsonPropertyName("_profile")] public PrimitiveElement? ProfileElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
