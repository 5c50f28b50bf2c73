using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AllergyIntolerance resource: Allergy or Intolerance (generally: Risk of adverse reaction to a substance).</summary>
public sealed class AllergyIntolerance : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.AllergyIntolerance;

    private ChoiceValue? _onset;

    /// <summary>External ids for this item.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | inactive | resolved.</summary>
    public CodeableConcept? ClinicalStatus { get; set; }

    /// <summary>unconfirmed | confirmed | refuted | entered-in-error.</summary>
    public CodeableConcept? VerificationStatus { get; set; }

    /// <summary>allergy | intolerance - Underlying mechanism (if known).</summary>
    public AllergyIntoleranceType? Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>food | medication | environment | biologic.</summary>
    public List<AllergyIntoleranceCategory>? Category { get; set; }
    [JsonPropertyName("_category")] public List<PrimitiveElement?>? CategoryElement { get; set; }

    /// <summary>low | high | unable-to-assess.</summary>
    public AllergyIntoleranceCriticality? Criticality { get; set; }
    [JsonPropertyName("_criticality")] public PrimitiveElement? CriticalityElement { get; set; }

    /// <summary>Code that identifies the allergy or intolerance.</summary>
    public CodeableConcept? Code { get; set; }

    /// <summary>Who the sensitivity is for (required).</summary>
    public required Reference Patient { get; set; }

    /// <summary>Encounter when the allergy or intolerance was asserted.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>When allergy or intolerance was identified (onset[x] as dateTime).</summary>
    public FhirDateTime? OnsetDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_onset, 1);
        set => ChoiceValue.Set(ref _onset, 1, value, IsReadingJson, "onset[x]");
    }
    [JsonPropertyName("_onsetDateTime")] public PrimitiveElement? OnsetDateTimeElement { get; set; }

    /// <summary>When allergy or intolerance was identified (onset[x] as Age).</summary>
    public Age? OnsetAge
    {
        get => ChoiceValue.GetReference<Age>(_onset, 2);
        set => ChoiceValue.Set(ref _onset, 2, value, IsReadingJson, "onset[x]");
    }

    /// <summary>When allergy or intolerance was identified (onset[x] as Period).</summary>
    public Period? OnsetPeriod
    {
        get => ChoiceValue.GetReference<Period>(_onset, 3);
        set => ChoiceValue.Set(ref _onset, 3, value, IsReadingJson, "onset[x]");
    }

    /// <summary>When allergy or intolerance was identified (onset[x] as Range).</summary>
    public Range? OnsetRange
    {
        get => ChoiceValue.GetReference<Range>(_onset, 4);
        set => ChoiceValue.Set(ref _onset, 4, value, IsReadingJson, "onset[x]");
    }

    /// <summary>When allergy or intolerance was identified (onset[x] as string).</summary>
    public string? OnsetString
    {
        get => ChoiceValue.GetReference<string>(_onset, 5);
        set => ChoiceValue.Set(ref _onset, 5, value, IsReadingJson, "onset[x]");
    }
    [JsonPropertyName("_onsetString")] public PrimitiveElement? OnsetStringElement { get; set; }

    /// <summary>Date first version of the resource instance was recorded.</summary>
    public FhirDateTime? RecordedDate { get; set; }
    [JsonPropertyName("_recordedDate")] public PrimitiveElement? RecordedDateElement { get; set; }

    /// <summary>Who recorded the sensitivity.</summary>
    public Reference? Recorder { get; set; }

    /// <summary>Source of the information about the allergy.</summary>
    public Reference? Asserter { get; set; }

    /// <summary>Date(/time) of last known occurrence of a reaction.</summary>
    public FhirDateTime? LastOccurrence { get; set; }
    [JsonPropertyName("_lastOccurrence")] public PrimitiveElement? LastOccurrenceElement { get; set; }

    /// <summary>Additional text not captured in other fields.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Adverse Reaction Events linked to exposure to substance.</summary>
    public List<AllergyIntoleranceReaction>? Reaction { get; set; }
}
