using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle.entry.request element: Additional execution information (transaction/batch/history).</summary>
public sealed class BundleEntryRequest : BackboneElement
{
    /// <summary>GET | HEAD | POST | PUT | DELETE | PATCH (required).</summary>
    public required HTTPVerb Method { get; set; }
    [JsonPropertyName("_method")] public PrimitiveElement? MethodElement { get; set; }

    /// <summary>URL for HTTP equivalent of this entry (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Url { get; set; }
    [JsonPropertyName("_url")] public PrimitiveElement? UrlElement { get; set; }

    /// <summary>For managing cache currency.</summary>
    public string? IfNoneMatch { get; set; }
    [JsonPropertyName("_ifNoneMatch")] public PrimitiveElement? IfNoneMatchElement { get; set; }

    /// <summary>For managing cache currency.</summary>
    public FhirInstant? IfModifiedSince { get; set; }
    [JsonPropertyName("_ifModifiedSince")] public PrimitiveElement? IfModifiedSinceElement { get; set; }

    /// <summary>For managing update contention.</summary>
    public string? IfMatch { get; set; }
    [JsonPropertyName("_ifMatch")] public PrimitiveElement? IfMatchElement { get; set; }

    /// <summary>For conditional creates.</summary>
    public string? IfNoneExist { get; set; }
    [JsonPropertyName("_ifNoneExist")] public PrimitiveElement? IfNoneExistElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
