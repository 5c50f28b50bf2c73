using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Meta datatype: Metadata about a resource.</summary>
public sealed class Meta : Element
{
    /// <summary>Version specific identifier.</summary>
    [JsonConverter(typeof(FhirIdConverter))]
    public string? VersionId { get; set; }
    [JsonPropertyName("_versionId")] public PrimitiveElement? VersionIdElement { get; set; }

    /// <summary>When the resource version last changed.</summary>
    public FhirInstant? LastUpdated { get; set; }
    [JsonPropertyName("_lastUpdated")] public PrimitiveElement? LastUpdatedElement { get; set; }

    /// <summary>Identifies where the resource comes from.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Source { get; set; }
    [JsonPropertyName("_source")] public PrimitiveElement? SourceElement { get; set; }

    /// <summary>Profiles this resource claims to conform to.</summary>
    public List<string>? Profile { get; set; }
    [JsonPropertyName("_profile")] public List<PrimitiveElement?>? ProfileElement { get; set; }

    /// <summary>Security Labels applied to this resource.</summary>
    public List<Coding>? Security { get; set; }

    /// <summary>Tags applied to this resource.</summary>
    public List<Coding>? Tag { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(VersionId)
        && VersionIdElement is not { IsEmpty: false }
        && LastUpdated is null
        && LastUpdatedElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Source)
        && SourceElement is not { IsEmpty: false }
        && FhirContent.NoStrings(Profile)
        && FhirContent.NoElements(ProfileElement)
        && FhirContent.NoElements(Security)
        && FhirContent.NoElements(Tag);
}
