using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest element: If the endpoint is a RESTful one.</summary>
public sealed class CapabilityStatementRest : BackboneElement
{
    /// <summary>client | server (required).</summary>
    public required RestfulCapabilityMode Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>General description of implementation.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <summary>Information about security of implementation.</summary>
    public CapabilityStatementRestSecurity? Security { get; set; }

    /// <summary>Resource served on the REST interface.</summary>
    public List<CapabilityStatementRestResource>? Resource { get; set; }

    /// <summary>What operations are supported?.</summary>
    public List<CapabilityStatementRestInteraction>? Interaction { get; set; }

    /// <summary>Search parameters for searching all resources.</summary>
    public List<CapabilityStatementRestResourceSearchParam>? SearchParam { get; set; }

    /// <summary>Definition of a system level operation.</summary>
    public List<CapabilityStatementRestResourceOperation>? Operation { get; set; }

    /// <summary>Compartments served/used by system.</summary>
    public List<string>? Compartment { get; set; }
    [JsonPropertyName("_compartment")] public List<PrimitiveElement?>? CompartmentElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
