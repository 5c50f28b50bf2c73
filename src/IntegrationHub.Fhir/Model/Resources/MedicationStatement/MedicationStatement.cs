using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationStatement resource: Record of medication being taken by a patient.</summary>
public sealed class MedicationStatement : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.MedicationStatement;

    private ChoiceValue? _medication;
    private ChoiceValue? _effective;

    /// <summary>External identifier.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Fulfils plan, proposal or order.</summary>
    public List<Reference>? BasedOn { get; set; }

    /// <summary>Part of referenced event.</summary>
    public List<Reference>? PartOf { get; set; }

    /// <summary>active | completed | entered-in-error | intended | stopped | on-hold | unknown | not-taken (required).</summary>
    public required MedicationStatementStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Reason for current status.</summary>
    public List<CodeableConcept>? StatusReason { get; set; }

    /// <summary>Type of medication usage.</summary>
    public CodeableConcept? Category { get; set; }

    /// <summary>What medication was taken (medication[x] as CodeableConcept).</summary>
    public CodeableConcept? MedicationCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_medication, 1);
        set => ChoiceValue.Set(ref _medication, 1, value, IsReadingJson, "medication[x]");
    }

    /// <summary>What medication was taken (medication[x] as Reference).</summary>
    public Reference? MedicationReference
    {
        get => ChoiceValue.GetReference<Reference>(_medication, 2);
        set => ChoiceValue.Set(ref _medication, 2, value, IsReadingJson, "medication[x]");
    }

    /// <summary>Who is/was taking the medication (required).</summary>
    public required Reference Subject { get; set; }

    /// <summary>Encounter / Episode associated with MedicationStatement.</summary>
    public Reference? Context { get; set; }

    /// <summary>The date/time or interval when the medication is/was/will be taken (effective[x] as dateTime).</summary>
    public FhirDateTime? EffectiveDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_effective, 1);
        set => ChoiceValue.Set(ref _effective, 1, value, IsReadingJson, "effective[x]");
    }
    [JsonPropertyName("_effectiveDateTime")] public PrimitiveElement? EffectiveDateTimeElement { get; set; }

    /// <summary>The date/time or interval when the medication is/was/will be taken (effective[x] as Period).</summary>
    public Period? EffectivePeriod
    {
        get => ChoiceValue.GetReference<Period>(_effective, 2);
        set => ChoiceValue.Set(ref _effective, 2, value, IsReadingJson, "effective[x]");
    }

    /// <summary>When the statement was asserted?.</summary>
    public FhirDateTime? DateAsserted { get; set; }
    [JsonPropertyName("_dateAsserted")] public PrimitiveElement? DateAssertedElement { get; set; }

    /// <summary>Person or organization that provided the information about the taking of this medication.</summary>
    public Reference? InformationSource { get; set; }

    /// <summary>Additional supporting information.</summary>
    public List<Reference>? DerivedFrom { get; set; }

    /// <summary>Reason for why the medication is being/was taken.</summary>
    public List<CodeableConcept>? ReasonCode { get; set; }

    /// <summary>Condition or observation that supports why the medication is being/was taken.</summary>
    public List<Reference>? ReasonReference { get; set; }

    /// <summary>Further information about the statement.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Details of how medication is/was taken or should be taken.</summary>
    public List<Dosage>? Dosage { get; set; }

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_medication, "medication[x]");
    }
}
