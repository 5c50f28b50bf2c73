namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Coverage.costToBeneficiary element: Patient payments for services/products.</summary>
public sealed class CoverageCostToBeneficiary : BackboneElement
{
    private ChoiceValue? _value;

    /// <summary>Cost category.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>The amount or percentage due from the beneficiary (value[x] as Quantity).</summary>
    public Quantity? ValueQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }

    /// <summary>The amount or percentage due from the beneficiary (value[x] as Money).</summary>
    public Money? ValueMoney
    {
        get => ChoiceValue.GetReference<Money>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }

    /// <summary>Exceptions for patient payments.</summary>
    public List<CoverageCostToBeneficiaryException>? Exception { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Type is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_value)
        && FhirContent.NoElements(Exception);

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_value, "value[x]");
    }
}
