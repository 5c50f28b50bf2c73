using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Dosage datatype: How the medication is/was taken or should be taken.</summary>
public sealed class Dosage : Element
{
    private ChoiceValue? _asNeeded;

    /// <summary>The order of the dosage instructions.</summary>
    public int? Sequence { get; set; }
    [JsonPropertyName("_sequence")] public PrimitiveElement? SequenceElement { get; set; }

    /// <summary>Free text dosage instructions e.g. SIG.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <summary>Supplemental instruction or warnings to the patient - e.g. "with meals", "may cause drowsiness".</summary>
    public List<CodeableConcept>? AdditionalInstruction { get; set; }

    /// <summary>Patient or consumer oriented instructions.</summary>
    public string? PatientInstruction { get; set; }
    [JsonPropertyName("_patientInstruction")] public PrimitiveElement? PatientInstructionElement { get; set; }

    /// <summary>When medication should be administered.</summary>
    public Timing? Timing { get; set; }

    /// <summary>Take "as needed" (for x) (asNeeded[x] as boolean).</summary>
    public bool? AsNeededBoolean
    {
        get => ChoiceValue.GetValue<bool>(_asNeeded, 1);
        set => ChoiceValue.Set(ref _asNeeded, 1, value, IsReadingJson, "asNeeded[x]");
    }
    [JsonPropertyName("_asNeededBoolean")] public PrimitiveElement? AsNeededBooleanElement { get; set; }

    /// <summary>Take "as needed" (for x) (asNeeded[x] as CodeableConcept).</summary>
    public CodeableConcept? AsNeededCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_asNeeded, 2);
        set => ChoiceValue.Set(ref _asNeeded, 2, value, IsReadingJson, "asNeeded[x]");
    }

    /// <summary>Body site to administer to.</summary>
    public CodeableConcept? Site { get; set; }

    /// <summary>How drug should enter body.</summary>
    public CodeableConcept? Route { get; set; }

    /// <summary>Technique for administering medication.</summary>
    public CodeableConcept? Method { get; set; }

    /// <summary>Amount of medication administered.</summary>
    public List<DosageDoseAndRate>? DoseAndRate { get; set; }

    /// <summary>Upper limit on medication per unit of time.</summary>
    public Ratio? MaxDosePerPeriod { get; set; }

    /// <summary>Upper limit on medication per administration.</summary>
    public Quantity? MaxDosePerAdministration { get; set; }

    /// <summary>Upper limit on medication per lifetime of the patient.</summary>
    public Quantity? MaxDosePerLifetime { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Sequence is null
        && SequenceElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false }
        && FhirContent.NoElements(AdditionalInstruction)
        && string.IsNullOrEmpty(PatientInstruction)
        && PatientInstructionElement is not { IsEmpty: false }
        && Timing is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_asNeeded)
        && AsNeededBooleanElement is not { IsEmpty: false }
        && Site is not { IsEmpty: false }
        && Route is not { IsEmpty: false }
        && Method is not { IsEmpty: false }
        && FhirContent.NoElements(DoseAndRate)
        && MaxDosePerPeriod is not { IsEmpty: false }
        && MaxDosePerAdministration is not { IsEmpty: false }
        && MaxDosePerLifetime is not { IsEmpty: false };
}
