using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Procedure resource: An action that is being or was performed on a patient.</summary>
public sealed class Procedure : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Procedure;

    private ChoiceValue? _performed;

    /// <summary>External Identifiers for this procedure.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Instantiates FHIR protocol or definition.</summary>
    public List<string>? InstantiatesCanonical { get; set; }
    [JsonPropertyName("_instantiatesCanonical")] public List<PrimitiveElement?>? InstantiatesCanonicalElement { get; set; }

    /// <summary>Instantiates external protocol or definition.</summary>
    public List<string>? InstantiatesUri { get; set; }
    [JsonPropertyName("_instantiatesUri")] public List<PrimitiveElement?>? InstantiatesUriElement { get; set; }

    /// <summary>A request for this procedure.</summary>
    public List<Reference>? BasedOn { get; set; }

    /// <summary>Part of referenced event.</summary>
    public List<Reference>? PartOf { get; set; }

    /// <summary>preparation | in-progress | not-done | on-hold | stopped | completed | entered-in-error | unknown (required).</summary>
    public required EventStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Reason for current status.</summary>
    public CodeableConcept? StatusReason { get; set; }

    /// <summary>Classification of the procedure.</summary>
    public CodeableConcept? Category { get; set; }

    /// <summary>Identification of the procedure.</summary>
    public CodeableConcept? Code { get; set; }

    /// <summary>Who the procedure was performed on (required).</summary>
    public required Reference Subject { get; set; }

    /// <summary>Encounter created as part of.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>When the procedure was performed (performed[x] as dateTime).</summary>
    public FhirDateTime? PerformedDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_performed, 1);
        set => ChoiceValue.Set(ref _performed, 1, value, IsReadingJson, "performed[x]");
    }
    [JsonPropertyName("_performedDateTime")] public PrimitiveElement? PerformedDateTimeElement { get; set; }

    /// <summary>When the procedure was performed (performed[x] as Period).</summary>
    public Period? PerformedPeriod
    {
        get => ChoiceValue.GetReference<Period>(_performed, 2);
        set => ChoiceValue.Set(ref _performed, 2, value, IsReadingJson, "performed[x]");
    }

    /// <summary>When the procedure was performed (performed[x] as string).</summary>
    public string? PerformedString
    {
        get => ChoiceValue.GetReference<string>(_performed, 3);
        set => ChoiceValue.Set(ref _performed, 3, value, IsReadingJson, "performed[x]");
    }
    [JsonPropertyName("_performedString")] public PrimitiveElement? PerformedStringElement { get; set; }

    /// <summary>When the procedure was performed (performed[x] as Age).</summary>
    public Age? PerformedAge
    {
        get => ChoiceValue.GetReference<Age>(_performed, 4);
        set => ChoiceValue.Set(ref _performed, 4, value, IsReadingJson, "performed[x]");
    }

    /// <summary>When the procedure was performed (performed[x] as Range).</summary>
    public Range? PerformedRange
    {
        get => ChoiceValue.GetReference<Range>(_performed, 5);
        set => ChoiceValue.Set(ref _performed, 5, value, IsReadingJson, "performed[x]");
    }

    /// <summary>Who recorded the procedure.</summary>
    public Reference? Recorder { get; set; }

    /// <summary>Person who asserts this procedure.</summary>
    public Reference? Asserter { get; set; }

    /// <summary>The people who performed the procedure.</summary>
    public List<ProcedurePerformer>? Performer { get; set; }

    /// <summary>Where the procedure happened.</summary>
    public Reference? Location { get; set; }

    /// <summary>Coded reason procedure performed.</summary>
    public List<CodeableConcept>? ReasonCode { get; set; }

    /// <summary>The justification that the procedure was performed.</summary>
    public List<Reference>? ReasonReference { get; set; }

    /// <summary>Target body sites.</summary>
    public List<CodeableConcept>? BodySite { get; set; }

    /// <summary>The result of procedure.</summary>
    public CodeableConcept? Outcome { get; set; }

    /// <summary>Any report resulting from the procedure.</summary>
    public List<Reference>? Report { get; set; }

    /// <summary>Complication following the procedure.</summary>
    public List<CodeableConcept>? Complication { get; set; }

    /// <summary>A condition that is a result of the procedure.</summary>
    public List<Reference>? ComplicationDetail { get; set; }

    /// <summary>Instructions for follow up.</summary>
    public List<CodeableConcept>? FollowUp { get; set; }

    /// <summary>Additional information about the procedure.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Manipulated, implanted, or removed device.</summary>
    public List<ProcedureFocalDevice>? FocalDevice { get; set; }

    /// <summary>Items used during procedure.</summary>
    public List<Reference>? UsedReference { get; set; }

    /// <summary>Coded items used during the procedure.</summary>
    public List<CodeableConcept>? UsedCode { get; set; }
}
