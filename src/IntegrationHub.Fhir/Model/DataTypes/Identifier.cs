using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Identifier datatype: An identifier intended for computation.</summary>
public sealed class Identifier : Element
{
    /// <summary>usual | official | temp | secondary | old (If known).</summary>
    public IdentifierUse? Use { get; set; }
    [JsonPropertyName("_use")] public PrimitiveElement? UseElement { get; set; }

    /// <summary>Description of identifier.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>The namespace for the identifier value.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? System { get; set; }
    [JsonPropertyName("_system")] public PrimitiveElement? SystemElement { get; set; }

    /// <summary>The value that is unique.</summary>
    public string? Value { get; set; }
    [JsonPropertyName("_value")] public PrimitiveElement? ValueElement { get; set; }

    /// <summary>Time period when id is/was valid for use.</summary>
    public Period? Period { get; set; }

    /// <summary>Organization that issued id (may be just text).</summary>
    public Reference? Assigner { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Use is null
        && UseElement is not { IsEmpty: false }
        && Type is not { IsEmpty: false }
        && string.IsNullOrEmpty(System)
        && SystemElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Value)
        && ValueElement is not { IsEmpty: false }
        && Period is not { IsEmpty: false }
        && Assigner is not { IsEmpty: false };
}
