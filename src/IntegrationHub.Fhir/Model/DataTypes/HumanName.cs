using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 HumanName datatype: Name of a human - parts and usage.</summary>
public sealed class HumanName : Element
{
    /// <summary>usual | official | temp | nickname | anonymous | old | maiden.</summary>
    public NameUse? Use { get; set; }
    [JsonPropertyName("_use")] public PrimitiveElement? UseElement { get; set; }

    /// <summary>Text representation of the full name.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <summary>Family name (often called 'Surname').</summary>
    public string? Family { get; set; }
    [JsonPropertyName("_family")] public PrimitiveElement? FamilyElement { get; set; }

    /// <summary>Given names (not always 'first'). Includes middle names.</summary>
    public List<string>? Given { get; set; }
    [JsonPropertyName("_given")] public List<PrimitiveElement?>? GivenElement { get; set; }

    /// <summary>Parts that come before the name.</summary>
    public List<string>? Prefix { get; set; }
    [JsonPropertyName("_prefix")] public List<PrimitiveElement?>? PrefixElement { get; set; }

    /// <summary>Parts that come after the name.</summary>
    public List<string>? Suffix { get; set; }
    [JsonPropertyName("_suffix")] public List<PrimitiveElement?>? SuffixElement { get; set; }

    /// <summary>Time period when name was/is in use.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Use is null
        && UseElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Family)
        && FamilyElement is not { IsEmpty: false }
        && FhirContent.NoStrings(Given)
        && FhirContent.NoElements(GivenElement)
        && FhirContent.NoStrings(Prefix)
        && FhirContent.NoElements(PrefixElement)
        && FhirContent.NoStrings(Suffix)
        && FhirContent.NoElements(SuffixElement)
        && Period is not { IsEmpty: false };
}
