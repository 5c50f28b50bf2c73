using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AllergyIntolerance.reaction element: Adverse Reaction Events linked to exposure to substance.</summary>
public sealed class AllergyIntoleranceReaction : BackboneElement
{
    /// <summary>Specific substance or pharmaceutical product considered to be responsible for event.</summary>
    public CodeableConcept? Substance { get; set; }

    /// <summary>Clinical symptoms/signs associated with the Event (required).</summary>
    public required List<CodeableConcept> Manifestation { get; set; }

    /// <summary>Description of the event as a whole.</summary>
    public string? Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>Date(/time) when manifestations showed.</summary>
    public FhirDateTime? Onset { get; set; }
    [JsonPropertyName("_onset")] public PrimitiveElement? OnsetElement { get; set; }

    /// <summary>mild | moderate | severe (of event as a whole).</summary>
    public AllergyIntoleranceSeverity? Severity { get; set; }
    [JsonPropertyName("_severity")] public PrimitiveElement? SeverityElement { get; set; }

    /// <summary>How the subject was exposed to the substance.</summary>
    public CodeableConcept? ExposureRoute { get; set; }

    /// <summary>Text about event not captured in other fields.</summary>
    public List<Annotation>? Note { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Substance is not { IsEmpty: false }
        && FhirContent.NoElements(Manifestation)
        && string.IsNullOrEmpty(Description)
        && DescriptionElement is not { IsEmpty: false }
        && Onset is null
        && OnsetElement is not { IsEmpty: false }
        && Severity is null
        && SeverityElement is not { IsEmpty: false }
        && ExposureRoute is not { IsEmpty: false }
        && FhirContent.NoElements(Note);
}
