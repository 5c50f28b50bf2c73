namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 UsageContext datatype: Describes the context of use for a conformance or knowledge resource.</summary>
public sealed class UsageContext : Element
{
    private ChoiceValue? _value;

    /// <summary>Type of context being specified (required).</summary>
    public required Coding Code { get; set; }

    /// <summary>Value that defines the context (value[x] as CodeableConcept).</summary>
    public CodeableConcept? ValueCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }

    /// <summary>Value that defines the context (value[x] as Quantity).</summary>
    public Quantity? ValueQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }

    /// <summary>Value that defines the context (value[x] as Range).</summary>
    public Range? ValueRange
    {
        get => ChoiceValue.GetReference<Range>(_value, 3);
        set => ChoiceValue.Set(ref _value, 3, value, IsReadingJson, "value[x]");
    }

    /// <summary>Value that defines the context (value[x] as Reference).</summary>
    public Reference? ValueReference
    {
        get => ChoiceValue.GetReference<Reference>(_value, 4);
        set => ChoiceValue.Set(ref _value, 4, value, IsReadingJson, "value[x]");
    }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Code is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_value);

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_value, "value[x]");
    }
}
