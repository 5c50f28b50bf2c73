using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MessageHeader.source element: Message source application.</summary>
public sealed class MessageHeaderSource : BackboneElement
{
    /// <summary>Name of system.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>Name of software running the system.</summary>
    public string? Software { get; set; }
    [JsonPropertyName("_software")] public PrimitiveElement? SoftwareElement { get; set; }

    /// <summary>Version of software running.</summary>
    public string? Version { get; set; }
    [JsonPropertyName("_version")] public PrimitiveElement? VersionElement { get; set; }

    /// <summary>Human contact for problems.</summary>
    public ContactPoint? Contact { get; set; }

    /// <summary>Actual message source address or id (required).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public required string Endpoint { get; set; }
    [JsonPropertyName("_endpoint")] public PrimitiveElement? EndpointElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Name)
        && NameElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Software)
        && SoftwareElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Version)
        && VersionElement is not { IsEmpty: false }
        && Contact is not { IsEmpty: false }
        && string.IsNullOrEmpty(Endpoint)
        && EndpointElement is not { IsEmpty: false };
}
