using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationAdministration resource: Administration of medication to a patient.</summary>
public sealed class MedicationAdministration : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.MedicationAdministration;

    private ChoiceValue? _medication;
    private ChoiceValue? _effective;

    /// <summary>External identifier.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Instantiates protocol or definition.</summary>
    public List<string>? Instantiates { get; set; }
    [JsonPropertyName("_instantiates")] public List<PrimitiveElement?>? InstantiatesElement { get; set; }

    /// <summary>Part of referenced event.</summary>
    public List<Reference>? PartOf { get; set; }

    /// <summary>in-progress | not-done | on-hold | completed | entered-in-error | stopped | unknown (required).</summary>
    public required MedicationAdministrationStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Reason administration not performed.</summary>
    public List<CodeableConcept>? StatusReason { get; set; }

    /// <summary>Type of medication usage.</summary>
    public CodeableConcept? Category { get; set; }

    /// <summary>What was administered (medication[x] as CodeableConcept).</summary>
    public CodeableConcept? MedicationCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_medication, 1);
        set => ChoiceValue.Set(ref _medication, 1, value, IsReadingJson, "medication[x]");
    }

    /// <summary>What was administered (medication[x] as Reference).</summary>
    public Reference? MedicationReference
    {
        get => ChoiceValue.GetReference<Reference>(_medication, 2);
        set => ChoiceValue.Set(ref _medication, 2, value, IsReadingJson, "medication[x]");
    }

    /// <summary>Who received medication (required).</summary>
    public required Reference Subject { get; set; }

    /// <summary>Encounter or Episode of Care administered as part of.</summary>
    public Reference? Context { get; set; }

    /// <summary>Additional information to support administration.</summary>
    public List<Reference>? SupportingInformation { get; set; }

    /// <summary>Start and end time of administration (effective[x] as dateTime).</summary>
    public FhirDateTime? EffectiveDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_effective, 1);
        set => ChoiceValue.Set(ref _effective, 1, value, IsReadingJson, "effective[x]");
    }
    [JsonPropertyName("_effectiveDateTime")] public PrimitiveElement? EffectiveDateTimeElement { get; set; }

    /// <summary>Start and end time of administration (effective[x] as Period).</summary>
    public Period? EffectivePeriod
    {
        get => ChoiceValue.GetReference<Period>(_effective, 2);
        set => ChoiceValue.Set(ref _effective, 2, value, IsReadingJson, "effective[x]");
    }

    /// <summary>Who performed the medication administration and what they did.</summary>
    public List<MedicationAdministrationPerformer>? Performer { get; set; }

    /// <summary>Reason administration performed.</summary>
    public List<CodeableConcept>? ReasonCode { get; set; }

    /// <summary>Condition or observation that supports why the medication was administered.</summary>
    public List<Reference>? ReasonReference { get; set; }

    /// <summary>Request administration performed against.</summary>
    public Reference? Request { get; set; }

    /// <summary>Device used to administer.</summary>
    public List<Reference>? Device { get; set; }

    /// <summary>Information about the administration.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Details of how medication was taken.</summary>
    public MedicationAdministrationDosage? Dosage { get; set; }

    /// <summary>A list of events of interest in the lifecycle.</summary>
    public List<Reference>? EventHistory { get; set; }

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_medication, "medication[x]");
        ChoiceValue.Require(_effective, "effective[x]");
    }
}
