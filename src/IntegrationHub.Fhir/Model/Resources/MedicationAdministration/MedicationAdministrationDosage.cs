using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationAdministration.dosage element: Details of how medication was taken.</summary>
public sealed class MedicationAdministrationDosage : BackboneElement
{
    private ChoiceValue? _rate;

    /// <summary>Free text dosage instructions e.g. SIG.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <summary>Body site administered to.</summary>
    public CodeableConcept? Site { get; set; }

    /// <summary>Path of substance into body.</summary>
    public CodeableConcept? Route { get; set; }

    /// <summary>How drug was administered.</summary>
    public CodeableConcept? Method { get; set; }

    /// <summary>Amount of medication per dose.</summary>
    public Quantity? Dose { get; set; }

    /// <summary>Dose quantity per unit of time (rate[x] as Ratio).</summary>
    public Ratio? RateRatio
    {
        get => ChoiceValue.GetReference<Ratio>(_rate, 1);
        set => ChoiceValue.Set(ref _rate, 1, value, IsReadingJson, "rate[x]");
    }

    /// <summary>Dose quantity per unit of time (rate[x] as Quantity).</summary>
    public Quantity? RateQuantity
    {
        get => ChoiceValue.GetReference<Quantity>(_rate, 2);
        set => ChoiceValue.Set(ref _rate, 2, value, IsReadingJson, "rate[x]");
    }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false }
        && Site is not { IsEmpty: false }
        && Route is not { IsEmpty: false }
        && Method is not { IsEmpty: false }
        && Dose is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_rate);
}
