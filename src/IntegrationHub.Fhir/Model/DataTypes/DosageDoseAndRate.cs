namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Dosage.doseAndRate element: Amount of medication administered.</summary>
public sealed class DosageDoseAndRate : Element
{
    private ChoiceValue? _dose;
    private ChoiceValue? _rate;

    /// <summary>The kind of dose or rate specified.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Amount of medication per dose (dose[x] as Range).</summary>
    public Range? DoseRange
    {
        get => ChoiceValue.GetReference<Range>(_dose, 1);
        set => ChoiceValue.Set(ref _dose, 1, value, IsReadingJson, "dose[x]");
    }

    /// <summary>Amount of medication per dose (dose[x] as Quantity).</summary>
    public Quantity? DoseQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_dose, 2);
        set => ChoiceValue.Set(ref _dose, 2, value, IsReadingJson, "dose[x]");
    }

    /// <summary>Amount of medication per unit of time (rate[x] as Ratio).</summary>
    public Ratio? RateRatio
    {
        get => ChoiceValue.GetReference<Ratio>(_rate, 1);
        set => ChoiceValue.Set(ref _rate, 1, value, IsReadingJson, "rate[x]");
    }

    /// <summary>Amount of medication per unit of time (rate[x] as Range).</summary>
    public Range? RateRange
    {
        get => ChoiceValue.GetReference<Range>(_rate, 2);
        set => ChoiceValue.Set(ref _rate, 2, value, IsReadingJson, "rate[x]");
    }

    /// <summary>Amount of medication per unit of time (rate[x] as Quantity).</summary>
    public Quantity? RateQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_rate, 3);
        set => ChoiceValue.Set(ref _rate, 3, value, IsReadingJson, "rate[x]");
    }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Type is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_dose)
        && ChoiceValue.IsEmpty(_rate);
}
