using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Observation.component element: Component results.</summary>
public sealed class ObservationComponent : BackboneElement
{
    private ChoiceValue? _value;

    /// <summary>Type of component observation (code / type) (required).</summary>
    public required CodeableConcept Code { get; set; }

    /// <summary>Actual component result (value[x] as Quantity).</summary>
    public Quantity? ValueQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual component result (value[x] as CodeableConcept).</summary>
    public CodeableConcept? ValueCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual component result (value[x] as string).</summary>
    public string? ValueString
    {
        get => ChoiceValue.GetReference<string>(_value, 3);
        set => ChoiceValue.Set(ref _value, 3, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueString")] public PrimitiveElement? ValueStringElement { get; set; }

    /// <summary>Actual component result (value[x] as boolean).</summary>
    public bool? ValueBoolean
    {
        get => ChoiceValue.GetValue<bool>(_value, 4);
        set => ChoiceValue.Set(ref _value, 4, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueBoolean")] public PrimitiveElement? ValueBooleanElement { get; set; }

    /// <summary>Actual component result (value[x] as integer).</summary>
    public int? ValueInteger
    {
        get => ChoiceValue.GetValue<int>(_value, 5);
        set => ChoiceValue.Set(ref _value, 5, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueInteger")] public PrimitiveElement? ValueIntegerElement { get; set; }

    /// <summary>Actual component result (value[x] as Range).</summary>
    public Range? ValueRange
    {
        get => ChoiceValue.GetReference<Range>(_value, 6);
        set => ChoiceValue.Set(ref _value, 6, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual component result (value[x] as Ratio).</summary>
    public Ratio? ValueRatio
    {
        get => ChoiceValue.GetReference<Ratio>(_value, 7);
        set => ChoiceValue.Set(ref _value, 7, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual component result (value[x] as SampledData).</summary>
    public SampledData? ValueSampledData
    {
        get => ChoiceValue.GetReference<SampledData>(_value, 8);
        set => ChoiceValue.Set(ref _value, 8, value, IsReadingJson, "value[x]");
    }

    /// <summary>Actual component result (value[x] as time).</summary>
    public FhirTime? ValueTime
    {
        get => ChoiceValue.GetValue<FhirTime>(_value, 9);
        set => ChoiceValue.Set(ref _value, 9, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueTime")] public PrimitiveElement? ValueTimeElement { get; set; }

    /// <summary>Actual component result (value[x] as dateTime).</summary>
    public FhirDateTime? ValueDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_value, 10);
        set => ChoiceValue.Set(ref _value, 10, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueDateTime")] public PrimitiveElement? ValueDateTimeElement { get; set; }

    /// <summary>Actual component result (value[x] as Period).</summary>
    public Period? ValuePeriod
    {
        get => ChoiceValue.GetReference<Period>(_value, 11);
        set => ChoiceValue.Set(ref _value, 11, value, IsReadingJson, "value[x]");
    }

    /// <summary>Why the component result is missing.</summary>
    public CodeableConcept? DataAbsentReason { get; set; }

    /// <summary>High, low, normal, etc.</summary>
    public List<CodeableConcept>? Interpretation { get; set; }

    /// <summary>Provides guide for interpretation of component result.</summary>
    public List<ObservationReferenceRange>? ReferenceRange { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Code is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_value)
        && ValueStringElement is not { IsEmpty: false }
        && ValueBooleanElement is not { IsEmpty: false }
        && ValueIntegerElement is not { IsEmpty: false }
        && ValueTimeElement is not { IsEmpty: false }
        && ValueDateTimeElement is not { IsEmpty: false }
        && DataAbsentReason is not { IsEmpty: false }
        && FhirContent.NoElements(Interpretation)
        && FhirContent.NoElements(ReferenceRange);
}
