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
        && ChoiceValue.IsEmpty(_value);
}
