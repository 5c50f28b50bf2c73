using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle.entry element: Entry in the bundle - will have a resource or information.</summary>
public sealed class BundleEntry : BackboneElement
{
    /// <summary>Links related to this entry.</summary>
    public List<BundleLink>? Link { get; set; }

    /// <summary>URI for resource (Absolute URL server address or URI for UUID/OID).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? FullUrl { get; set; }
    [JsonPropertyName("_fullUrl")] public PrimitiveElement? FullUrlElement { get; set; }

    /// <summary>A resource in the bundle.</summary>
    public Resource? Resource { get; set; }

    /// <summary>Search related information.</summary>
    public BundleEntrySearch? Search { get; set; }

    /// <summary>Additional execution information (transaction/batch/history).</summary>
    public BundleEntryRequest? Request { get; set; }

    /// <summary>Results of execution (transaction/batch/history).</summary>
    public BundleEntryResponse? Response { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Link)
        && string.IsNullOrEmpty(FullUrl)
        && FullUrlElement is not { IsEmpty: false }
        && Resource is null
        && Search is not { IsEmpty: false }
        && Request is not { IsEmpty: false }
        && Response is not { IsEmpty: false };
}
