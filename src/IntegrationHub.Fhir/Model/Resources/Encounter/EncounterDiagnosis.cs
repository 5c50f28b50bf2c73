using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.diagnosis element: The list of diagnosis relevant to this encounter.</summary>
public sealed class EncounterDiagnosis : BackboneElement
{
    /// <summary>The diagnosis or procedure relevant to the encounter (required).</summary>
    public required Reference Condition { get; set; }

    /// <summary>Role that this diagnosis has within the encounter (e.g. admission, billing, discharge …).</summary>
    public CodeableConcept? Use { get; set; }

    /// <summary>Ranking of the diagnosis (for each role type).</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Rank { get; set; }
    [JsonPropertyName("_rank")] public PrimitiveElement? RankElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Condition is not { IsEmpty: false }
        && Use is not { IsEmpty: false }
        && Rank is null
        && RankElement is not { IsEmpty: false };
}
