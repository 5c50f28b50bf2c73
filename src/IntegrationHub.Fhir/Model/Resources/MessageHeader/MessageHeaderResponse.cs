using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MessageHeader.response element: If this is a reply to prior message.</summary>
public sealed class MessageHeaderResponse : BackboneElement
{
    /// <summary>Id of original message (required).</summary>
    [JsonConverter(typeof(FhirIdConverter))]
    public required string Identifier { get; set; }
    [JsonPropertyName("_identifier")] public PrimitiveElement? IdentifierElement { get; set; }

    /// <summary>ok | transient-error | fatal-error (required).</summary>
    public required ResponseType Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <summary>Specific list of hints/warnings/errors.</summary>
    public Reference? Details { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
