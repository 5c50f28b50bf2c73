using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationDispense resource: Dispensing a medication to a named patient.</summary>
public sealed class MedicationDispense : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.MedicationDispense;

    private ChoiceValue? _statusReason;
    private ChoiceValue? _medication;

    /// <summary>External identifier.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Event that dispense is part of.</summary>
    public List<Reference>? PartOf { get; set; }

    /// <summary>preparation | in-progress | cancelled | on-hold | completed | entered-in-error | stopped | declined | unknown (required).</summary>
    public required MedicationDispenseStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Why a dispense was not performed (statusReason[x] as CodeableConcept).</summary>
    public CodeableConcept? StatusReasonCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_statusReason, 1);
        set => ChoiceValue.Set(ref _statusReason, 1, value, IsReadingJson, "statusReason[x]");
    }

    /// <summary>Why a dispense was not performed (statusReason[x] as Reference).</summary>
    public Reference? StatusReasonReference
    {
        get => ChoiceValue.GetReference<Reference>(_statusReason, 2);
        set => ChoiceValue.Set(ref _statusReason, 2, value, IsReadingJson, "statusReason[x]");
    }

    /// <summary>Type of medication dispense.</summary>
    public CodeableConcept? Category { get; set; }

    /// <summary>What medication was supplied (medication[x] as CodeableConcept).</summary>
    public CodeableConcept? MedicationCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_medication, 1);
        set => ChoiceValue.Set(ref _medication, 1, value, IsReadingJson, "medication[x]");
    }

    /// <summary>What medication was supplied (medication[x] as Reference).</summary>
    public Reference? MedicationReference
    {
        get => ChoiceValue.GetReference<Reference>(_medication, 2);
        set => ChoiceValue.Set(ref _medication, 2, value, IsReadingJson, "medication[x]");
    }

    /// <summary>Who the dispense is for.</summary>
    public Reference? Subject { get; set; }

    /// <summary>Encounter / Episode associated with event.</summary>
    public Reference? Context { get; set; }

    /// <summary>Information that supports the dispensing of the medication.</summary>
    public List<Reference>? SupportingInformation { get; set; }

    /// <summary>Who performed event.</summary>
    public List<MedicationDispensePerformer>? Performer { get; set; }

    /// <summary>Where the dispense occurred.</summary>
    public Reference? Location { get; set; }

    /// <summary>Medication order that authorizes the dispense.</summary>
    public List<Reference>? AuthorizingPrescription { get; set; }

    /// <summary>Trial fill, partial fill, emergency fill, etc.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Amount dispensed.</summary>
    public Quantity? Quantity { get; set; }

    /// <summary>Amount of medication expressed as a timing amount.</summary>
    public Quantity? DaysSupply { get; set; }

    /// <summary>When product was packaged and reviewed.</summary>
    public FhirDateTime? WhenPrepared { get; set; }
    [JsonPropertyName("_whenPrepared")] public PrimitiveElement? WhenPreparedElement { get; set; }

    /// <summary>When product was given out.</summary>
    public FhirDateTime? WhenHandedOver { get; set; }
    [JsonPropertyName("_whenHandedOver")] public PrimitiveElement? WhenHandedOverElement { get; set; }

    /// <summary>Where the medication was sent.</summary>
    public Reference? Destination { get; set; }

    /// <summary>Who collected the medication.</summary>
    public List<Reference>? Receiver { get; set; }

    /// <summary>Information about the dispense.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>How the medication is to be used by the patient or administered by the caregiver.</summary>
    public List<Dosage>? DosageInstruction { get; set; }

    /// <summary>Whether a substitution was performed on the dispense.</summary>
    public MedicationDispenseSubstitution? Substitution { get; set; }

    /// <summary>Clinical issue with action.</summary>
    public List<Reference>? DetectedIssue { get; set; }

    /// <summary>A list of relevant lifecycle events.</summary>
    public List<Reference>? EventHistory { get; set; }

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_medication, "medication[x]");
    }
}
