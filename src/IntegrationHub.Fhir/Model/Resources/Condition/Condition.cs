using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Condition resource: Detailed information about conditions, problems or diagnoses.</summary>
public sealed class Condition : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Condition;

    private ChoiceValue? _onset;
    private ChoiceValue? _abatement;

    /// <summary>External Ids for this condition.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | recurrence | relapse | inactive | remission | resolved.</summary>
    public CodeableConcept? ClinicalStatus { get; set; }

    /// <summary>unconfirmed | provisional | differential | confirmed | refuted | entered-in-error.</summary>
    public CodeableConcept? VerificationStatus { get; set; }

    /// <summary>problem-list-item | encounter-diagnosis.</summary>
    public List<CodeableConcept>? Category { get; set; }

    /// <summary>Subjective severity of condition.</summary>
    public CodeableConcept? Severity { get; set; }

    /// <summary>Identification of the condition, problem or diagnosis.</summary>
    public CodeableConcept? Code { get; set; }

    /// <summary>Anatomical location, if relevant.</summary>
    public List<CodeableConcept>? BodySite { get; set; }

    /// <summary>Who has the condition? (required).</summary>
    public required Reference Subject { get; set; }

    /// <summary>Encounter created as part of.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>Estimated or actual date, date-time, or age (onset[x] as dateTime).</summary>
    public FhirDateTime? OnsetDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_onset, 1);
        set => ChoiceValue.Set(ref _onset, 1, value, IsReadingJson, "onset[x]");
    }
    [JsonPropertyName("_onsetDateTime")] public PrimitiveElement? OnsetDateTimeElement { get; set; }

    /// <summary>Estimated or actual date, date-time, or age (onset[x] as Age).</summary>
    public Age? OnsetAge
    {
        get => ChoiceValue.GetReference<Age>(_onset, 2);
        set => ChoiceValue.Set(ref _onset, 2, value, IsReadingJson, "onset[x]");
    }

    /// <summary>Estimated or actual date, date-time, or age (onset[x] as Period).</summary>
    public Period? OnsetPeriod
    {
        get => ChoiceValue.GetReference<Period>(_onset, 3);
        set => ChoiceValue.Set(ref _onset, 3, value, IsReadingJson, "onset[x]");
    }

    /// <summary>Estimated or actual date, date-time, or age (onset[x] as Range).</summary>
    public Range? OnsetRange
    {
        get => ChoiceValue.GetReference<Range>(_onset, 4);
        set => ChoiceValue.Set(ref _onset, 4, value, IsReadingJson, "onset[x]");
    }

    /// <summary>Estimated or actual date, date-time, or age (onset[x] as string).</summary>
    public string? OnsetString
    {
        get => ChoiceValue.GetReference<string>(_onset, 5);
        set => ChoiceValue.Set(ref _onset, 5, value, IsReadingJson, "onset[x]");
    }
    [JsonPropertyName("_onsetString")] public PrimitiveElement? OnsetStringElement { get; set; }

    /// <summary>When in resolution/remission (abatement[x] as dateTime).</summary>
    public FhirDateTime? AbatementDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_abatement, 1);
        set => ChoiceValue.Set(ref _abatement, 1, value, IsReadingJson, "abatement[x]");
    }
    [JsonPropertyName("_abatementDateTime")] public PrimitiveElement? AbatementDateTimeElement { get; set; }

    /// <summary>When in resolution/remission (abatement[x] as Age).</summary>
    public Age? AbatementAge
    {
        get => ChoiceValue.GetReference<Age>(_abatement, 2);
        set => ChoiceValue.Set(ref _abatement, 2, value, IsReadingJson, "abatement[x]");
    }

    /// <summary>When in resolution/remission (abatement[x] as Period).</summary>
    public Period? AbatementPeriod
    {
        get => ChoiceValue.GetReference<Period>(_abatement, 3);
        set => ChoiceValue.Set(ref _abatement, 3, value, IsReadingJson, "abatement[x]");
    }

    /// <summary>When in resolution/remission (abatement[x] as Range).</summary>
    public Range? AbatementRange
    {
        get => ChoiceValue.GetReference<Range>(_abatement, 4);
        set => ChoiceValue.Set(ref _abatement, 4, value, IsReadingJson, "abatement[x]");
    }

    /// <summary>When in resolution/remission (abatement[x] as string).</summary>
    public string? AbatementString
    {
        get => ChoiceValue.GetReference<string>(_abatement, 5);
        set => ChoiceValue.Set(ref _abatement, 5, value, IsReadingJson, "abatement[x]");
    }
    [JsonPropertyName("_abatementString")] public PrimitiveElement? AbatementStringElement { get; set; }

    /// <summary>Date record was first recorded.</summary>
    public FhirDateTime? RecordedDate { get; set; }
    [JsonPropertyName("_recordedDate")] public PrimitiveElement? RecordedDateElement { get; set; }

    /// <summary>Who recorded the condition.</summary>
    public Reference? Recorder { get; set; }

    /// <summary>Person who asserts this condition.</summary>
    public Reference? Asserter { get; set; }

    /// <summary>Stage/grade, usually assessed formally.</summary>
    public List<ConditionStage>? Stage { get; set; }

    /// <summary>Supporting evidence.</summary>
    public List<ConditionEvidence>? Evidence { get; set; }

    /// <summary>Additional information about the Condition.</summary>
    public List<Annotation>? Note { get; set; }
}
