using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.resource.interaction element: What operations are supported?.</summary>
public sealed class CapabilityStatementRestResourceInteraction : BackboneElement
{
    /// <summary>read | vread | update | patch | delete | history-instance | history-type | create | search-type (required).</summary>
    public required TypeRestfulInteraction Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <summary>Anything special about operation behavior.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
