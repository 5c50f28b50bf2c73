using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.resource.searchParam element: Search parameters supported by implementation.</summary>
public sealed class CapabilityStatementRestResourceSearchParam : BackboneElement
{
    /// <summary>Name of search parameter (required).</summary>
    public required string Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Source of definition for parameter.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Definition { get; set; }
    [JsonPropertyName("_definition")] public PrimitiveElement? DefinitionElement { get; set; }

    /// <summary>number | date | string | token | reference | composite | quantity | uri | special (required).</summary>
    public required SearchParamType Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Server-specific usage.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
