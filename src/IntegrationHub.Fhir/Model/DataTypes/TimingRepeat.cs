using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Timing.repeat element: When the event is to occur.</summary>
public sealed class TimingRepeat : Element
{
    private ChoiceValue? _bounds;

    /// <summary>Length/Range of lengths, or (Start and/or end) limits (bounds[x] as Duration).</summary>
    public Duration? BoundsDuration
    {
        get => ChoiceValue.GetReference<Duration>(_bounds, 1);
        set => ChoiceValue.Set(ref _bounds, 1, value, IsReadingJson, "bounds[x]");
    }

    /// <summary>Length/Range of lengths, or (Start and/or end) limits (bounds[x] as Range).</summary>
    public Range? BoundsRange
    {
        get => ChoiceValue.GetReference<Range>(_bounds, 2);
        set => ChoiceValue.Set(ref _bounds, 2, value, IsReadingJson, "bounds[x]");
    }

    /// <summary>Length/Range of lengths, or (Start and/or end) limits (bounds[x] as Period).</summary>
    public Period? BoundsPeriod
    {
        get => ChoiceValue.GetReference<Period>(_bounds, 3);
        set => ChoiceValue.Set(ref _bounds, 3, value, IsReadingJson, "bounds[x]");
    }

    /// <summary>Number of times to repeat.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Count { get; set; }
    [JsonPropertyName("_count")] public PrimitiveElement? CountElement { get; set; }

    /// <summary>Maximum number of times to repeat.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? CountMax { get; set; }
    [JsonPropertyName("_countMax")] public PrimitiveElement? CountMaxElement { get; set; }

    /// <summary>How long when it happens.</summary>
    public FhirDecimal? Duration { get; set; }
    [JsonPropertyName("_duration")] public PrimitiveElement? DurationElement { get; set; }

    /// <summary>How long when it happens (Max).</summary>
    public FhirDecimal? DurationMax { get; set; }
    [JsonPropertyName("_durationMax")] public PrimitiveElement? DurationMaxElement { get; set; }

    /// <summary>s | min | h | d | wk | mo | a - unit of time (UCUM).</summary>
    public UnitsOfTime? DurationUnit { get; set; }
    [JsonPropertyName("_durationUnit")] public PrimitiveElement? DurationUnitElement { get; set; }

    /// <summary>Event occurs frequency times per period.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Frequency { get; set; }
    [JsonPropertyName("_frequency")] public PrimitiveElement? FrequencyElement { get; set; }

    /// <summary>Event occurs up to frequencyMax times per period.</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? FrequencyMax { get; set; }
    [JsonPropertyName("_frequencyMax")] public PrimitiveElement? FrequencyMaxElement { get; set; }

    /// <summary>Event occurs frequency times per period.</summary>
    public FhirDecimal? Period { get; set; }
    [JsonPropertyName("_period")] public PrimitiveElement? PeriodElement { get; set; }

    /// <summary>Upper limit of period (3-4 hours).</summary>
    public FhirDecimal? PeriodMax { get; set; }
    [JsonPropertyName("_periodMax")] public PrimitiveElement? PeriodMaxElement { get; set; }

    /// <summary>s | min | h | d | wk | mo | a - unit of time (UCUM).</summary>
    public UnitsOfTime? PeriodUnit { get; set; }
    [JsonPropertyName("_periodUnit")] public PrimitiveElement? PeriodUnitElement { get; set; }

    /// <summary>mon | tue | wed | thu | fri | sat | sun.</summary>
    public List<DaysOfWeek>? DayOfWeek { get; set; }
    [JsonPropertyName("_dayOfWeek")] public List<PrimitiveElement?>? DayOfWeekElement { get; set; }

    /// <summary>Time of day for action.</summary>
    public List<FhirTime>? TimeOfDay { get; set; }
    [JsonPropertyName("_timeOfDay")] public List<PrimitiveElement?>? TimeOfDayElement { get; set; }

    /// <summary>Code for time period of occurrence.</summary>
    public List<EventTiming>? When { get; set; }
    [JsonPropertyName("_when")] public List<PrimitiveElement?>? WhenElement { get; set; }

    /// <summary>Minutes from event (before or after).</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? Offset { get; set; }
    [JsonPropertyName("_offset")] public PrimitiveElement? OffsetElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && ChoiceValue.IsEmpty(_bounds)
        && Count is null
        && CountElement is not { IsEmpty: false }
        && CountMax is null
        && CountMaxElement is not { IsEmpty: false }
        && Duration is null
        && DurationElement is not { IsEmpty: false }
        && DurationMax is null
        && DurationMaxElement is not { IsEmpty: false }
        && DurationUnit is null
        && DurationUnitElement is not { IsEmpty: false }
        && Frequency is null
        && FrequencyElement is not { IsEmpty: false }
        && FrequencyMax is null
        && FrequencyMaxElement is not { IsEmpty: false }
        && Period is null
        && PeriodElement is not { IsEmpty: false }
        && PeriodMax is null
        && PeriodMaxElement is not { IsEmpty: false }
        && PeriodUnit is null
        && PeriodUnitElement is not { IsEmpty: false }
        && FhirContent.NoItems(DayOfWeek)
        && FhirContent.NoElements(DayOfWeekElement)
        && FhirContent.NoItems(TimeOfDay)
        && FhirContent.NoElements(TimeOfDayElement)
        && FhirContent.NoItems(When)
        && FhirContent.NoElements(WhenElement)
        && Offset is null
        && OffsetElement is not { IsEmpty: false };
}
