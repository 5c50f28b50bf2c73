using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Patient.link element: Link to another patient resource that concerns the same actual person.</summary>
public sealed class PatientLink : BackboneElement
{
    /// <summary>The other patient or related person resource that the link refers to (required).</summary>
    public required Reference Other { get; set; }

    /// <summary>replaced-by | replaces | refer | seealso (required).</summary>
    public required LinkType Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
