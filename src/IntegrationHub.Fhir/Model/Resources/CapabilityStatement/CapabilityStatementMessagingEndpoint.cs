using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.messaging.endpoint element: Where messages should be sent.</summary>
public sealed class CapabilityStatementMessagingEndpoint : BackboneElement
{
    /// <summary>http | ftp | mllp + (required).</summary>
    public required Coding Protocol { get; set; }

    /// <summary>Network address or identifier of the end-point (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Address { get; set; }
    [JsonPropertyName("_address")] public PrimitiveElement? AddressElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Protocol is not { IsEmpty: false }
        && string.IsNullOrEmpty(Address)
        && AddressElement is not { IsEmpty: false };
}
