using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 List resource: A list is a curated collection of resources.</summary>
public sealed class List : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.List;

    /// <summary>Business identifier.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>current | retired | entered-in-error (required).</summary>
    public required ListStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>working | snapshot | changes (required).</summary>
    public required ListMode Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>Descriptive name for the list.</summary>
    public string? Title { get; set; }
    [JsonPropertyName("_title")] public PrimitiveElement? TitleElement { get; set; }

    /// <summary>What the purpose of this list is.</summary>
    public CodeableConcept? Code { get; set; }

    /// <summary>If all resources have the same subject.</summary>
    public Reference? Subject { get; set; }

    /// <summary>Context in which list created.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>When the list was prepared.</summary>
    public FhirDateTime? Date { get; set; }
    [JsonPropertyName("_date")] public PrimitiveElement? DateElement { get; set; }

    /// <summary>Who and/or what defined the list contents (aka Author).</summary>
    public Reference? Source { get; set; }

    /// <summary>What order the list has.</summary>
    public CodeableConcept? OrderedBy { get; set; }

    /// <summary>Comments about the list.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Entries in the list.</summary>
    public List<ListEntry>? Entry { get; set; }

    /// <summary>Why list is empty.</summary>
    public CodeableConcept? EmptyReason { get; set; }
}
