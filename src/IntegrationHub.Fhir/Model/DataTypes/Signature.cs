using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Signature datatype: A Signature - XML DigSig, JWS, Graphical image of signature, etc.</summary>
public sealed class Signature : Element
{
    /// <summary>Indication of the reason the entity signed the object(s) (required).</summary>
    public required List<Coding> Type { get; set; }

    /// <summary>When the signature was created (required).</summary>
    public required FhirInstant When { get; set; }
    [JsonPropertyName("_when")] public PrimitiveElement? WhenElement { get; set; }

    /// <summary>Who signed (required).</summary>
    public required Reference Who { get; set; }

    /// <summary>The party represented.</summary>
    public Reference? OnBehalfOf { get; set; }

    /// <summary>The technical format of the signed resources.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? TargetFormat { get; set; }
    [JsonPropertyName("_targetFormat")] public PrimitiveElement? TargetFormatElement { get; set; }

    /// <summary>The technical format of the signature.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? SigFormat { get; set; }
    [JsonPropertyName("_sigFormat")] public PrimitiveElement? SigFormatElement { get; set; }

    /// <summary>The actual signature content (XML DigSig. JWS, picture, etc.).</summary>
    [JsonConverter(typeof(FhirBase64Converter))]
    public string? Data { get; set; }
    [JsonPropertyName("_data")] public PrimitiveElement? DataElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
