using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 EpisodeOfCare.diagnosis element: The list of diagnosis relevant to this episode of care.</summary>
public sealed class EpisodeOfCareDiagnosis : BackboneElement
{
    /// <summary>Conditions/problems/diagnoses this episode of care is for (required).</summary>
    public required Reference Condition { get; set; }

    /// <summary>Role that this diagnosis has within the episode of care (e.g. admission, billing, discharge …).</summary>
    public CodeableConcept? Role { get; set; }

    /// <summary>Ranking of the diagnosis (for each role type).</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Rank { get; set; }
    [JsonPropertyName("_rank")] public PrimitiveElement? RankElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Condition is not { IsEmpty: false }
        && Role is not { IsEmpty: false }
        && Rank is null
        && RankElement is not { IsEmpty: false };
}
