using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Medication.ingredient element: Active or inactive ingredient.</summary>
public sealed class MedicationIngredient : BackboneElement
{
    private ChoiceValue? _item;

    /// <summary>The actual ingredient or content (item[x] as CodeableConcept).</summary>
    public CodeableConcept? ItemCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_item, 1);
        set => ChoiceValue.Set(ref _item, 1, value, IsReadingJson, "item[x]");
    }

    /// <summary>The actual ingredient or content (item[x] as Reference).</summary>
    public Reference? ItemReference
    {
        get => ChoiceValue.GetReference<Reference>(_item, 2);
        set => ChoiceValue.Set(ref _item, 2, value, IsReadingJson, "item[x]");
    }

    /// <summary>Active ingredient indicator.</summary>
    public bool? IsActive { get; set; }
    [JsonPropertyName("_isActive")] public PrimitiveElement? IsActiveElement { get; set; }

    /// <summary>Quantity of ingredient present.</summary>
    public Ratio? Strength { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && ChoiceValue.IsEmpty(_item)
        && IsActive is null
        && IsActiveElement is not { IsEmpty: false }
        && Strength is not { IsEmpty: false };

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_item, "item[x]");
    }
}
