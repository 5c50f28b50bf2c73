using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Annotation datatype: Text node with attribution.</summary>
public sealed class Annotation : Element
{
    private ChoiceValue? _author;

    /// <summary>Individual responsible for the annotation (author[x] as Reference).</summary>
    public Reference? AuthorReference
    {
        get => ChoiceValue.GetReference<Reference>(_author, 1);
        set => ChoiceValue.Set(ref _author, 1, value, IsReadingJson, "author[x]");
    }

    /// <summary>Individual responsible for the annotation (author[x] as string).</summary>
    public string? AuthorString
    {
        get => ChoiceValue.GetReference<string>(_author, 2);
        set => ChoiceValue.Set(ref _author, 2, value, IsReadingJson, "author[x]");
    }
    [JsonPropertyName("_authorString")] public PrimitiveElement? AuthorStringElement { get; set; }

    /// <summary>When the annotation was made.</summary>
    public FhirDateTime? Time { get; set; }
    [JsonPropertyName("_time")] public PrimitiveElement? TimeElement { get; set; }

    /// <summary>The annotation - text content (as markdown) (required).</summary>
    public required string Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && ChoiceValue.IsEmpty(_author)
        && AuthorStringElement is not { IsEmpty: false }
        && Time is null
        && TimeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false };
}
