using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.messaging.supportedMessage element: Messages supported by this system.</summary>
public sealed class CapabilityStatementMessagingSupportedMessage : BackboneElement
{
    /// <summary>sender | receiver (required).</summary>
    public required EventCapabilityMode Mode { get; set; }
    [JsonPropertyName("_mode")] public PrimitiveElement? ModeElement { get; set; }

    /// <summary>Message supported by this system (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Definition { get; set; }
    [JsonPropertyName("_definition")] public PrimitiveElement? DefinitionElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
