using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CodeableConcept datatype: Concept - reference to a terminology or just text.</summary>
public sealed class CodeableConcept : Element
{
    /// <summary>Code defined by a terminology system.</summary>
    public List<Coding>? Coding { get; set; }

    /// <summary>Plain text representation of the concept.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Coding)
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false };
}
