using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 DomainResource: a resource with narrative, extensions and contained resources.</summary>
public abstract class DomainResource : Resource
{
    /// <summary>Text summary of the resource, for human interpretation.</summary>
    [JsonPropertyOrder(-16)]
    public Narrative? Text { get; set; }

    /// <summary>Contained, inline resources (each written with its own <c>resourceType</c>).</summary>
    [JsonPropertyOrder(-15)]
    public List<Resource>? Contained { get; set; }

    /// <summary>Additional content defined by implementations.</summary>
    [JsonPropertyOrder(-14)]
    public List<Extension>? Extension { get; set; }

    /// <summary>Extensions that cannot be ignored.</summary>
    [JsonPropertyOrder(-13)]
    public List<Extension>? ModifierExtension { get; set; }
}
