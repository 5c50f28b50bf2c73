using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.rest.resource element: Resource served on the REST interface.</summary>
public sealed class CapabilityStatementRestResource : BackboneElement
{
    /// <summary>A resource type that is supported (required).</summary>
    public required ResourceType Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Base System profile for all uses of resource.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Profile { get; set; }
    [JsonPropertyName("_profile")] public PrimitiveElement? ProfileElement { get; set; }

    /// <summary>Profiles for use cases supported.</summary>
    public List<string>? SupportedProfile { get; set; }
    [JsonPropertyName("_supportedProfile")] public List<PrimitiveElement?>? SupportedProfileElement { get; set; }

    /// <summary>Additional information about the use of the resource type.</summary>
    public string? Documentation { get; set; }
    [JsonPropertyName("_documentation")] public PrimitiveElement? DocumentationElement { get; set; }

    /// <summary>What operations are supported?.</summary>
    public List<CapabilityStatementRestResourceInteraction>? Interaction { get; set; }

    /// <summary>no-version | versioned | versioned-update.</summary>
    public ResourceVersionPolicy? Versioning { get; set; }
    [JsonPropertyName("_versioning")] public PrimitiveElement? VersioningElement { get; set; }

    /// <summary>Whether vRead can return past versions.</summary>
    public bool? ReadHistory { get; set; }
    [JsonPropertyName("_readHistory")] public PrimitiveElement? ReadHistoryElement { get; set; }

    /// <summary>If update can commit to a new identity.</summary>
    public bool? UpdateCreate { get; set; }
    [JsonPropertyName("_updateCreate")] public PrimitiveElement? UpdateCreateElement { get; set; }

    /// <summary>If allows/uses conditional create.</summary>
    public bool? ConditionalCreate { get; set; }
    [JsonPropertyName("_conditionalCreate")] public PrimitiveElement? ConditionalCreateElement { get; set; }

    /// <summary>not-supported | modified-since | not-match | full-support.</summary>
    public ConditionalReadStatus? ConditionalRead { get; set; }
    [JsonPropertyName("_conditionalRead")] public PrimitiveElement? ConditionalReadElement { get; set; }

    /// <summary>If allows/uses conditional update.</summary>
    public bool? ConditionalUpdate { get; set; }
    [JsonPropertyName("_conditionalUpdate")] public PrimitiveElement? ConditionalUpdateElement { get; set; }

    /// <summary>not-supported | single | multiple - how conditional delete is supported.</summary>
    public ConditionalDeleteStatus? ConditionalDelete { get; set; }
    [JsonPropertyName("_conditionalDelete")] public PrimitiveElement? ConditionalDeleteElement { get; set; }

    /// <summary>literal | logical | resolves | enforced | local.</summary>
    public List<ReferenceHandlingPolicy>? ReferencePolicy { get; set; }
    [JsonPropertyName("_referencePolicy")] public List<PrimitiveElement?>? ReferencePolicyElement { get; set; }

    /// <summary>_include values supported by the server.</summary>
    public List<string>? SearchInclude { get; set; }
    [JsonPropertyName("_searchInclude")] public List<PrimitiveElement?>? SearchIncludeElement { get; set; }

    /// <summary>_revinclude values supported by the server.</summary>
    public List<string>? SearchRevInclude { get; set; }
    [JsonPropertyName("_searchRevInclude")] public List<PrimitiveElement?>? SearchRevIncludeElement { get; set; }

    /// <summary>Search parameters supported by implementation.</summary>
    public List<CapabilityStatementRestResourceSearchParam>? SearchParam { get; set; }

    /// <summary>Definition of a resource operation.</summary>
    public List<CapabilityStatementRestResourceOperation>? Operation { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
