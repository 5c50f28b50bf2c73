using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.resource.operation element: Definition of a resource operation.</summary>
public sealed class CapabilityStatementRestResourceOperation : BackboneElement
{
    /// <summary>Name by which the operation/query is invoked (required).</summary>
    public required string Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>The defined operation/query (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Definition { get; set; }
    [JsonPropertyName("_definition")] public PrimitiveElement? DefinitionElement { get; set; }

    /// <summary>Specific details about operation behavior.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Definition)
        && DefinitionElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Documentation)
        && DocumentationElement is not { IsEmpty: false };
}
