using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationRequest resource: Ordering of medication for patient or group.</summary>
public sealed class MedicationRequest : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.MedicationRequest;

    private ChoiceValue? _reported;
    private ChoiceValue? _medication;

    /// <summary>External ids for this request.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>active | on-hold | cancelled | completed | entered-in-error | stopped | draft | unknown (required).</summary>
    public required MedicationRequestStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Reason for current status.</summary>
    public CodeableConcept? StatusReason { get; set; }

    /// <summary>proposal | plan | order | original-order | reflex-order | filler-order | instance-order | option (required).</summary>
    public required MedicationRequestIntent Intent { get; set; }
    [JsonPropertyName("_intent")] public PrimitiveElement? IntentElement { get; set; }

    /// <summary>Type of medication usage.</summary>
    public List<CodeableConcept>? Category { get; set; }

    /// <summary>routine | urgent | asap | stat.</summary>
    public RequestPriority? Priority { get; set; }
    [JsonPropertyName("_priority")] public PrimitiveElement? PriorityElement { get; set; }

    /// <summary>True if request is prohibiting action.</summary>
    public bool? DoNotPerform { get; set; }
    [JsonPropertyName("_doNotPerform")] public PrimitiveElement? DoNotPerformElement { get; set; }

    /// <summary>Reported rather than primary record (reported[x] as boolean).</summary>
    public bool? ReportedBoolean
    {
        get => ChoiceValue.GetValue<bool>(_reported, 1);
        set => ChoiceValue.Set(ref _reported, 1, value, IsReadingJson, "reported[x]");
    }
    [JsonPropertyName("_reportedBoolean")] public PrimitiveElement? ReportedBooleanElement { get; set; }

    /// <summary>Reported rather than primary record (reported[x] as Reference).</summary>
    public Reference? ReportedReference
    {
        get => ChoiceValue.GetReference<Reference>(_reported, 2);
        set => ChoiceValue.Set(ref _reported, 2, value, IsReadingJson, "reported[x]");
    }

    /// <summary>Medication to be taken (medication[x] as CodeableConcept).</summary>
    public CodeableConcept? MedicationCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_medication, 1);
        set => ChoiceValue.Set(ref _medication, 1, value, IsReadingJson, "medication[x]");
    }

    /// <summary>Medication to be taken (medication[x] as Reference).</summary>
    public Reference? MedicationReference
    {
        get => ChoiceValue.GetReference<Reference>(_medication, 2);
        set => ChoiceValue.Set(ref _medication, 2, value, IsReadingJson, "medication[x]");
    }

    /// <summary>Who or group medication request is for (required).</summary>
    public required Reference Subject { get; set; }

    /// <summary>Encounter created as part of encounter/admission/stay.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>Information to support ordering of the medication.</summary>
    public List<Reference>? SupportingInformation { get; set; }

    /// <summary>When request was initially authored.</summary>
    public FhirDateTime? AuthoredOn { get; set; }
    [JsonPropertyName("_authoredOn")] public PrimitiveElement? AuthoredOnElement { get; set; }

    /// <summary>Who/What requested the Request.</summary>
    public Reference? Requester { get; set; }

    /// <summary>Intended performer of administration.</summary>
    public Reference? Performer { get; set; }

    /// <summary>Desired kind of performer of the medication administration.</summary>
    public CodeableConcept? PerformerType { get; set; }

    /// <summary>Person who entered the request.</summary>
    public Reference? Recorder { get; set; }

    /// <summary>Reason or indication for ordering or not ordering the medication.</summary>
    public List<CodeableConcept>? ReasonCode { get; set; }

    /// <summary>Condition or observation that supports why the prescription is being written.</summary>
    public List<Reference>? ReasonReference { get; set; }

    /// <summary>Instantiates FHIR protocol or definition.</summary>
    public List<string>? InstantiatesCanonical { get; set; }
    [JsonPropertyName("_instantiatesCanonical")] public List<PrimitiveElement?>? InstantiatesCanonicalElement { get; set; }

    /// <summary>Instantiates external protocol or definition.</summary>
    public List<string>? InstantiatesUri { get; set; }
    [JsonPropertyName("_instantiatesUri")] public List<PrimitiveElement?>? InstantiatesUriElement { get; set; }

    /// <summary>What request fulfills.</summary>
    public List<Reference>? BasedOn { get; set; }

    /// <summary>Composite request this is part of.</summary>
    public Identifier? GroupIdentifier { get; set; }

    /// <summary>Overall pattern of medication administration.</summary>
    public CodeableConcept? CourseOfTherapyType { get; set; }

    /// <summary>Associated insurance coverage.</summary>
    public List<Reference>? Insurance { get; set; }

    /// <summary>Information about the prescription.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>How the medication should be taken.</summary>
    public List<Dosage>? DosageInstruction { get; set; }

    /// <summary>Medication supply authorization.</summary>
    public MedicationRequestDispenseRequest? DispenseRequest { get; set; }

    /// <summary>Any restrictions on medication substitution.</summary>
    public MedicationRequestSubstitution? Substitution { get; set; }

    /// <summary>An order/prescription that is being replaced.</summary>
    public Reference? PriorPrescription { get; set; }

    /// <summary>Clinical Issue with action.</summary>
    public List<Reference>? DetectedIssue { get; set; }

    /// <summary>A list of events of interest in the lifecycle.</summary>
    public List<Reference>? EventHistory { get; set; }

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_medication, "medication[x]");
    }
}
