using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Parameters.parameter element: Operation Parameter.</summary>
public sealed partial class ParametersParameter : BackboneElement
{
    private ChoiceValue? _value;

    /// <summary>Name from the definition (required).</summary>
    public required string Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>If parameter is a whole resource.</summary>
    public Resource? Resource { get; set; }

    /// <summary>Named part of a multi-part parameter.</summary>
    public List<ParametersParameter>? Part { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && ChoiceValue.IsEmpty(_value)
        && ValueBase64BinaryElement is not { IsEmpty: false }
        && ValueBooleanElement is not { IsEmpty: false }
        && ValueCanonicalElement is not { IsEmpty: false }
        && ValueCodeElement is not { IsEmpty: false }
        && ValueDateElement is not { IsEmpty: false }
        && ValueDateTimeElement is not { IsEmpty: false }
        && ValueDecimalElement is not { IsEmpty: false }
        && ValueIdElement is not { IsEmpty: false }
        && ValueInstantElement is not { IsEmpty: false }
        && ValueIntegerElement is not { IsEmpty: false }
        && ValueMarkdownElement is not { IsEmpty: false }
        && ValueOidElement is not { IsEmpty: false }
        && ValuePositiveIntElement is not { IsEmpty: false }
        && ValueStringElement is not { IsEmpty: false }
        && ValueTimeElement is not { IsEmpty: false }
        && ValueUnsignedIntElement is not { IsEmpty: false }
        && ValueUriElement is not { IsEmpty: false }
        && ValueUrlElement is not { IsEmpty: false }
        && ValueUuidElement is not { IsEmpty: false }
        && Resource is null
        && FhirContent.NoElements(Part);
}
