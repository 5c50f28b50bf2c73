using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle.entry.search element: Search related information.</summary>
public sealed class BundleEntrySearch : BackboneElement
{
    /// <summary>match | include | outcome - why this is in the result set.</summary>
    public SearchEntryMode? Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>Search ranking (between 0 and 1).</summary>
    public FhirDecimal? Score { get; set; }
    [JsonPropertyName("_score")] public PrimitiveElement? ScoreElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Mode is null
        && ModeElement is not { IsEmpty: false }
        && Score is null
        && ScoreElement is not { IsEmpty: false };
}
