using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Period datatype: Time range defined by start and end date/time.</summary>
public sealed class Period : Element
{
    /// <summary>Starting time with inclusive boundary.</summary>
    public FhirDateTime? Start { get; set; }
    [JsonPropertyName("_start")] public PrimitiveElement? StartElement { get; set; }

    /// <summary>End time with inclusive boundary, if not ongoing.</summary>
    public FhirDateTime? End { get; set; }
    [JsonPropertyName("_end")] public PrimitiveElement? EndElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Start is null
        && StartElement is not { IsEmpty: false }
        && End is null
        && EndElement is not { IsEmpty: false };
}
