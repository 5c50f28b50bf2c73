using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle.link element: Links related to this Bundle.</summary>
public sealed class BundleLink : BackboneElement
{
    /// <summary>See http://www.iana.org/assignments/link-relations/link-relations.xhtml#link-relations-1 (required).</summary>
    public required string Relation { get; set; }
    [JsonPropertyName("_relation")] public PrimitiveElement? RelationElement { get; set; }

    /// <summary>Reference details for the link (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Url { get; set; }
    [JsonPropertyName("_url")] public PrimitiveElement? UrlElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Relation)
        && RelationElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Url)
        && UrlElement is not { IsEmpty: false };
}
