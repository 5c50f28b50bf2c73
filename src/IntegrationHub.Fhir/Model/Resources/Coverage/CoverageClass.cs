using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Coverage.class element: Additional coverage classifications.</summary>
public sealed class CoverageClass : BackboneElement
{
    /// <summary>Type of class such as 'group' or 'plan' (required).</summary>
    public required CodeableConcept Type { get; set; }

    /// <summary>Value associated with the type (required).</summary>
    public required string Value { get; set; }
    [JsonPropertyName("_value")] public PrimitiveElement? ValueElement { get; set; }

    /// <summary>Human readable description of the type and value.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Type is not { IsEmpty: false }
        && string.IsNullOrEmpty(Value)
        && ValueElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false };
}
