using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Resource: the base of all resources; <c>resourceType</c> selects the concrete type.</summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "resourceType",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
    IgnoreUnrecognizedTypeDiscriminators = false)]
public abstract partial class Resource : IJsonOnDeserializing, IJsonOnDeserialized
{
    /// <summary>The FHIR type of this resource, the value written as <c>resourceType</c>.</summary>
    [JsonIgnore]
    public abstract ResourceType ResourceType { get; }

    /// <summary>Logical id of this artifact (1 to 64 of <c>A-Z a-z 0-9 - .</c>; checked when read).</summary>
    [JsonPropertyOrder(-20)]
    [JsonConverter(typeof(FhirIdConverter))]
    public string? Id { get; set; }

    /// <summary>Metadata about the resource.</summary>
    [JsonPropertyOrder(-19)]
    public Meta? Meta { get; set; }

    /// <summary>A set of rules under which this content was created.</summary>
    [JsonPropertyOrder(-18)]
    [JsonConverter(typeof(FhirUriConverter))]
    public string? ImplicitRules { get; set; }

    [JsonPropertyOrder(-18)]
    [JsonPropertyName("_implicitRules")]
    public PrimitiveElement? ImplicitRulesElement { get; set; }

    /// <summary>Language of the resource content (a BCP-47 code).</summary>
    [JsonPropertyOrder(-17)]
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Language { get; set; }

    [JsonPropertyOrder(-17)]
    [JsonPropertyName("_language")]
    public PrimitiveElement? LanguageElement { get; set; }

    /// <summary>True only while the JSON reader fills this instance; see <see cref="Element"/>.</summary>
    private protected bool IsReadingJson { get; private set; }

    void IJsonOnDeserializing.OnDeserializing() => IsReadingJson = true;

    void IJsonOnDeserialized.OnDeserialized()
    {
        IsReadingJson = false;
        CheckRequiredChoices();
    }

    /// <summary>Reports a required choice element [x] that the input left out.</summary>
    private protected virtual void CheckRequiredChoices()
    {
    }
}
