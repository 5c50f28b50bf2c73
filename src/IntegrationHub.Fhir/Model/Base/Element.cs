using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Element: the base of every datatype and backbone element (an id and extensions).</summary>
public abstract class Element : IJsonOnDeserializing, IJsonOnDeserialized
{
    /// <summary>Unique id for inter-element referencing.</summary>
    [JsonPropertyOrder(-3)]
    public string? Id { get; set; }

    /// <summary>Additional content defined by implementations.</summary>
    [JsonPropertyOrder(-2)]
    public List<Extension>? Extension { get; set; }

    /// <summary>True when nothing would be written for this element, so it is left out rather than written as <c>{}</c>.</summary>
    internal virtual bool IsEmpty => string.IsNullOrEmpty(Id) && FhirContent.NoElements(Extension);

    /// <summary>
    /// True only while the JSON reader fills this instance: a choice element set twice is then a
    /// duplicate in the input (an error), whereas in code the second type simply replaces the first.
    /// </summary>
    private protected bool IsReadingJson { get; private set; }

    void IJsonOnDeserializing.OnDeserializing() => IsReadingJson = true;

    void IJsonOnDeserialized.OnDeserialized()
    {
        IsReadingJson = false;
        CheckRequiredChoices();
    }

    /// <summary>Reports a required choice element [x] that the input left out; C# <c>required</c> cannot express "one of".</summary>
    private protected virtual void CheckRequiredChoices()
    {
    }
}
