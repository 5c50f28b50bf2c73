using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Observation.referenceRange element: Provides guide for interpretation.</summary>
public sealed class ObservationReferenceRange : BackboneElement
{
    /// <summary>Low Range, if relevant.</summary>
    public Quantity? Low { get; set; }

    /// <summary>High Range, if relevant.</summary>
    public Quantity? High { get; set; }

    /// <summary>Reference range qualifier.</summary>
    public CodeableConcept? Type { get; set; }

    /// <summary>Reference range population.</summary>
    public List<CodeableConcept>? AppliesTo { get; set; }

    /// <summary>Applicable age range, if relevant.</summary>
    public Range? Age { get; set; }

    /// <summary>Text based reference range in an observation.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Low is not { IsEmpty: false }
        && High is not { IsEmpty: false }
        && Type is not { IsEmpty: false }
        && FhirContent.NoElements(AppliesTo)
        && Age is not { IsEmpty: false }
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false };
}
