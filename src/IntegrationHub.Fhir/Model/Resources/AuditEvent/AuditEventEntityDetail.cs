using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent.entity.detail element: Additional Information about the entity.</summary>
public sealed class AuditEventEntityDetail : BackboneElement
{
    private ChoiceValue? _value;

    /// <summary>Name of the property (required).</summary>
    public required string Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Property value (value[x] as string).</summary>
    public string? ValueString
    {
        get => ChoiceValue.GetReference<string>(_value, 1);
        set => ChoiceValue.Set(ref _value, 1, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueString")] public PrimitiveElement? ValueStringElement { get; set; }

    /// <summary>Property value (value[x] as base64Binary).</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? ValueBase64Binary
    {
        get => ChoiceValue.GetReference<string>(_value, 2);
        set => ChoiceValue.Set(ref _value, 2, value, IsReadingJson, "value[x]");
    }
    [JsonPropertyName("_valueBase64Binary")] public PrimitiveElement? ValueBase64BinaryElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Type)
        && TypeElement is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_value)
        && ValueStringElement is not { IsEmpty: false }
        && ValueBase64BinaryElement is not { IsEmpty: false };

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_value, "value[x]");
    }
}
