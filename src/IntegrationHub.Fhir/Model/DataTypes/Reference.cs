using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Reference datatype: A reference from one resource to another.</summary>
public sealed partial class Reference : Element
{
    /// <summary>Literal reference, Relative, internal or absolute URL.</summary>
    [JsonPropertyName("reference")]
    public string? ReferenceValue { get; set; }
    [JsonPropertyName("_reference")] public PrimitiveElement? ReferenceValueElement { get; set; }

    /// <summary>Type the reference refers to (e.g. "Patient").</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Logical reference, when literal reference is not known.</summary>
    public Identifier? Identifier { get; set; }

    /// <summary>Text alternative for the resource.</summary>
    public string? Display { get; set; }
    [JsonPropertyName("_display")] public PrimitiveElement? DisplayElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(ReferenceValue)
        && ReferenceValueElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Type)
        && TypeElement is not { IsEmpty: false }
        && Identifier is not { IsEmpty: false }
        && string.IsNullOrEmpty(Display)
        && DisplayElement is not { IsEmpty: false };
}
