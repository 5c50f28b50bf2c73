using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement resource: A statement of system capabilities.</summary>
public sealed class CapabilityStatement : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.CapabilityStatement;

    /// <summary>Canonical identifier for this capability statement, represented as a URI (globally unique).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Url { get; set; }
    [JsonPropertyName("_url")] public PrimitiveElement? UrlElement { get; set; }

    /// <summary>Business version of the capability statement.</summary>
    public string? Version { get; set; }
    [JsonPropertyName("_version")] public PrimitiveElement? VersionElement { get; set; }

    /// <summary>Name for this capability statement (computer friendly).</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Name for this capability statement (human friendly).</summary>
    public string? Title { get; set; }
    [JsonPropertyName("_title")] public PrimitiveElement? TitleElement { get; set; }

    /// <summary>draft | active | retired | unknown (required).</summary>
    public required PublicationStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>For testing purposes, not real usage.</summary>
    public bool? Experimental { get; set; }
    [JsonPropertyName("_experimental")] public PrimitiveElement? ExperimentalElement { get; set; }

    /// <summary>Date last changed (required).</summary>
    public required FhirDateTime Date { get; set; }
    [JsonPropertyName("_date")] public PrimitiveElement? DateElement { get; set; }

    /// <summary>Name of the publisher (organization or individual).</summary>
    public string? Publisher { get; set; }
    [JsonPropertyName("_publisher")] public PrimitiveElement? PublisherElement { get; set; }

    /// <summary>Contact details for the publisher.</summary>
    public List<ContactDetail>? Contact { get; set; }

    /// <summary>Natural language description of the capability statement.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>The context that the content is intended to support.</summary>
    public List<UsageContext>? UseContext { get; set; }

    /// <summary>Intended jurisdiction for capability statement (if applicable).</summary>
    public List<CodeableConcept>? Jurisdiction { get; set; }

    /// <summary>Why this capability statement is defined.</summary>
    public string? Purpose { get; set; }
    [JsonPropertyName("_purpose")] public PrimitiveElement? PurposeElement { get; set; }

    /// <summary>Use and/or publishing restrictions.</summary>
    public string? Copyright { get; set; }
    [JsonPropertyName("_copyright")] public PrimitiveElement? CopyrightElement { get; set; }

    /// <summary>instance | capability | requirements (required).</summary>
    public required CapabilityStatementKind Kind { get; set; }
    [JsonPropertyName("_kind")] public PrimitiveElement? KindElement { get; set; }

    /// <summary>Canonical URL of another capability statement this implements.</summary>
    public List<string>? Instantiates { get; set; }
    [JsonPropertyName("_instantiates")] public List<PrimitiveElement?>? InstantiatesElement { get; set; }

    /// <summary>Canonical URL of another capability statement this adds to.</summary>
    public List<string>? Imports { get; set; }
    [JsonPropertyName("_imports")] public List<PrimitiveElement?>? ImportsElement { get; set; }

    /// <summary>Software that is covered by this capability statement.</summary>
    public CapabilityStatementSoftware? Software { get; set; }

    /// <summary>If this describes a specific instance.</summary>
    public CapabilityStatementImplementation? Implementation { get; set; }

    /// <summary>FHIR Version the system supports (required).</summary>
    public required FHIRVersion FhirVersion { get; set; }
    [JsonPropertyName("_fhirVersion")] public PrimitiveElement? FhirVersionElement { get; set; }

    /// <summary>formats supported (xml | json | ttl | mime type) (required).</summary>
    public required List<string> Format { get; set; }
    [JsonPropertyName("_format")] public List<PrimitiveElement?>? FormatElement { get; set; }

    /// <summary>Patch formats supported.</summary>
    public List<string>? PatchFormat { get; set; }
    [JsonPropertyName("_patchFormat")] public List<PrimitiveElement?>? PatchFormatElement { get; set; }

    /// <summary>Implementation guides supported.</summary>
    public List<string>? ImplementationGuide { get; set; }
    [JsonPropertyName("_implementationGuide")] public List<PrimitiveElement?>? ImplementationGuideElement { get; set; }

    /// <summary>If the endpoint is a RESTful one.</summary>
    public List<CapabilityStatementRest>? Rest { get; set; }

    /// <summary>If messaging is supported.</summary>
    public List<CapabilityStatementMessaging>? Messaging { get; set; }

    /// <summary>Document definition.</summary>
    public List<CapabilityStatementDocument>? Document { get; set; }
}
