using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Observation resource: Measurements and simple assertions.</summary>
public sealed class Observation : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Observation;

    private ChoiceValue? _effective;
    private ChoiceValue? _value;

    /// <summary>Business Identifier for observation.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Fulfills plan, proposal or order.</summary>
    public List<Reference>? BasedOn { get; set; }

    /// <summary>Part of referenced event.</summary>
    public List<Reference>? PartOf { get; set; }

    /// <summary>registered | preliminary | final | amended + (required).</summary>
    public required ObservationStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Classification of type of observation.</summary>
    public List<CodeableConcept>? Category { get; set; }

    /// <summary>Type of observation (code / type) (required).</summary>
    public required CodeableConcept Code { get; set; }

    /// <summary>Who and/or what the observation is about.</summary>
    public Reference? Subject { get; set; }

    /// <summary>What the observation is about, when it is not about the subject of record.</summary>
    public List<Reference>? Focus { get; set; }

    /// <summary>Healthcare event during which this observation is made.</summary>
    public Reference? Encounter { get; set; }

    /// <summary>Clinically relevant time/time-period for observation (effective[x] as dateTime).</summary>
    public FhirDateTime? EffectiveDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_effective, 1);
        set => ChoiceValue.Set(ref _effective, 1, value, IsReadingJson, "effective[x]");
    }
    [JsonPropertyName("_effectiveDateTime")] public PrimitiveElement? EffectiveDateTimeElement { get; set; }

    /// <summary>Clinically relevant time/time-period for observation (effective[x] as Period).</summary>
    public Period? EffectivePeriod
    {
        get => ChoiceValue.GetReference<Period>(_effective, 2);
        set => ChoiceValue.Set(ref _effective, 2, value, IsReadingJson, "effective[x]");
    }

    /// <summary>Clinically relevant time/time-period for observation (effective[x] as Timing).</summary>
    public Timing? EffectiveTiming
    {
        get => ChoiceValue.GetReference<Timing>(_effective, 3);
        set => ChoiceValue.Set(ref _effective, 3, value, IsReadingJson, "effective[x]");
    }

    /// <summary>Clinically relevant time/time-period for observation (effective[x] as instant).</summary>
    public FhirInstant? EffectiveInstant
    {
        get => ChoiceValue.GetValue<FhirInstant>(_effective, 4);
        set => ChoiceValue.Set(ref _effective, 4, value, IsReadingJson, "effective[x]");
    }
    [JsonPropertyName("_effectiveInstant")] public PrimitiveElement? EffectiveInstantElement { get; set; }

    /// <summary>Date/Time this version was made available.</summary>
    public FhirInstant? Issued { get; set; }
    [JsonPropertyName("_issued")] public PrimitiveElement? IssuedElement { get; set; }

    /// <summary>Who is responsible for the observation.</summary>
    public List<Reference>? Performer { get; set; }

    /// <summary>Actual result (value[x] as Quantity).</summary>
    public Quantity? ValueQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual result (value[x] as CodeableConcept).</summary>
    public CodeableConcept? ValueCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual result (value[x] as string).</summary>
    public string? ValueString
    {
        get => ChoiceValue.GetReference<string>(_value, 3);
        set => ChoiceValue.Set(ref _value, 3, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueString")] public PrimitiveElement? ValueStringElement { get; set; }

    /// <summary>Actual result (value[x] as boolean).</summary>
    public bool? ValueBoolean
    {
        get => ChoiceValue.GetValue<bool>(_value, 4);
        set => ChoiceValue.Set(ref _value, 4, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueBoolean")] public PrimitiveElement? ValueBooleanElement { get; set; }

    /// <summary>Actual result (value[x] as integer).</summary>
    public int? ValueInteger
    {
        get => ChoiceValue.GetValue<int>(_value, 5);
        set => ChoiceValue.Set(ref _value, 5, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueInteger")] public PrimitiveElement? ValueIntegerElement { get; set; }

    /// <summary>Actual result (value[x] as Range).</summary>
    public Range? ValueRange
    {
        get => ChoiceValue.GetReference<Range>(_value, 6);
        set => ChoiceValue.Set(ref _value, 6, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual result (value[x] as Ratio).</summary>
    public Ratio? ValueRatio
    {
        get => ChoiceValue.GetReference<Ratio>(_value, 7);
        set => ChoiceValue.Set(ref _value, 7, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual result (value[x] as SampledData).</summary>
    public SampledData? ValueSampledData
    {
        get => ChoiceValue.GetReference<SampledData>(_value, 8);
        set => ChoiceValue.Set(ref _value, 8, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual result (value[x] as time).</summary>
    public FhirTime? ValueTime
    {
        get => ChoiceValue.GetValue<FhirTime>(_value, 9);
        set => ChoiceValue.Set(ref _value, 9, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueTime")] public PrimitiveElement? ValueTimeElement { get; set; }

    /// <summary>Actual result (value[x] as dateTime).</summary>
    public FhirDateTime? ValueDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_value, 10);
        set => ChoiceValue.Set(ref _value, 10, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueDateTime")] public PrimitiveElement? ValueDateTimeElement { get; set; }

    /// <summary>Actual result (value[x] as Period).</summary>
    public Period? ValuePeriod
    {
        get => ChoiceValue.GetReference<Period>(_value, 11);
        set => ChoiceValue.Set(ref _value, 11, value, IsReadingJson, "value[x]");
    }

    /// <summary>Why the result is missing.</summary>
    public CodeableConcept? DataAbsentReason { get; set; }

    /// <summary>High, low, normal, etc.</summary>
    public List<CodeableConcept>? Interpretation { get; set; }

    /// <summary>Comments about the observation.</summary>
    public List<Annotation>? Note { get; set; }

    /// <summary>Observed body part.</summary>
    public CodeableConcept? BodySite { get; set; }

    /// <summary>How it was done.</summary>
    public CodeableConcept? Method { get; set; }

    /// <summary>Specimen used for this observation.</summary>
    public Reference? Specimen { get; set; }

    /// <summary>(Measurement) Device.</summary>
    public Reference? Device { get; set; }

    /// <summary>Provides guide for interpretation.</summary>
    public List<ObservationReferenceRange>? ReferenceRange { get; set; }

    /// <summary>Related resource that belongs to the Observation group.</summary>
    public List<Reference>? HasMember { get; set; }

    /// <summary>Related measurements the observation is made from.</summary>
    public List<Reference>? DerivedFrom { get; set; }

    /// <summary>Component results.</summary>
    public List<ObservationComponent>? Component { get; set; }
}
