using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Provenance resource: Who, What, When for a set of resources.</summary>
public sealed class Provenance : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Provenance;

    private ChoiceValue? _occurred;

    /// <summary>Target Reference(s) (usually version specific) (required).</summary>
    public required List<Reference> Target { get; set; }

    /// <summary>When the activity occurred (occurred[x] as Period).</summary>
    public Period? OccurredPeriod
    {
        get => ChoiceValue.GetReference<Period>(_occurred, 1);
        set => ChoiceValue.Set(ref _occurred, 1, value, IsReadingJson, "occurred[x]");
    }

    /// <summary>When the activity occurred (occurred[x] as dateTime).</summary>
    public FhirDateTime? OccurredDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_occurred, 2);
        set => ChoiceValue.Set(ref _occurred, 2, value, IsReadingJson, "occurred[x]");
    }
    [JsonPropertyName("_occurredDateTime")] public PrimitiveElement? OccurredDateTimeElement { get; set; }

    /// <summary>When the activity was recorded / updated (required).</summary>
    public required FhirInstant Recorded { get; set; }
    [JsonPropertyName("_recorded")] public PrimitiveElement? RecordedElement { get; set; }

    /// <summary>Policy or plan the activity was defined by.</summary>
    public List<string>? Policy { get; set; }
    [JsonPropertyName("_policy")] public List<PrimitiveElement?>? PolicyElement { get; set; }

    /// <summary>Where the activity occurred, if relevant.</summary>
    public Reference? Location { get; set; }

    /// <summary>Reason the activity is occurring.</summary>
    public List<CodeableConcept>? Reason { get; set; }

    /// <summary>Activity that occurred.</summary>
    public CodeableConcept? Activity { get; set; }

    /// <summary>Actor involved (required).</summary>
    public required List<ProvenanceAgent> Agent { get; set; }

    /// <summary>An entity used in this activity.</summary>
    public List<ProvenanceEntity>? Entity { get; set; }

    /// <summary>Signature on target.</summary>
    public List<Signature>? Signature { get; set; }
}
