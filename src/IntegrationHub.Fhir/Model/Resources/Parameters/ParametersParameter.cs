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
        && Resource is null
        && FhirContent.NoElements(Part);
}
