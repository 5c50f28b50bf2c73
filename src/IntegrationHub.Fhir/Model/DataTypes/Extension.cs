using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Extension datatype: Optional Extensions Element.</summary>
public sealed partial class Extension : Element
{
    private ChoiceValue? _value;

    /// <summary>identifies the meaning of the extension (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Url { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Url)
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
        && ValueUuidElement is not { IsEmpty: false };
}
