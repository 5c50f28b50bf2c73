using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationRequest.substitution element: Any restrictions on medication substitution.</summary>
public sealed class MedicationRequestSubstitution : BackboneElement
{
    private ChoiceValue? _allowed;

    /// <summary>Whether substitution is allowed or not (allowed[x] as boolean).</summary>
    public bool? AllowedBoolean
    {
        get => ChoiceValue.GetValue<bool>(_allowed, 1);
        set => ChoiceValue.Set(ref _allowed, 1, value, IsReadingJson, "allowed[x]");
    }
    [JsonPropertyName("_allowedBoolean")] public PrimitiveElement? AllowedBooleanElement { get; set; }

    /// <summary>Whether substitution is allowed or not (allowed[x] as CodeableConcept).</summary>
    public CodeableConcept? AllowedCodeableConcept
    {
        get => ChoiceValue.GetReference<CodeableConcept>(_allowed, 2);
        set => ChoiceValue.Set(ref _allowed, 2, value, IsReadingJson, "allowed[x]");
    }

    /// <summary>Why should (not) substitution be made.</summary>
    public CodeableConcept? Reason { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && ChoiceValue.IsEmpty(_allowed)
        && AllowedBooleanElement is not { IsEmpty: false }
        && Reason is not { IsEmpty: false };

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_allowed, "allowed[x]");
    }
}
