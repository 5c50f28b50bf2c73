using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 CapabilityStatement.implementation element: If this describes a specific instance.</summary>
public sealed class CapabilityStatementImplementation : BackboneElement
{
    /// <summary>Describes this specific instance (required).</summary>
    public required string Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>Base URL for the installation.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Url { get; set; }
    [JsonPropertyName("_url")] public PrimitiveElement? UrlElement { get; set; }

    /// <summary>Organization that manages the data.</summary>
    public Reference? Custodian { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Description)
        && DescriptionElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Url)
        && UrlElement is not { IsEmpty: false }
        && Custodian is not { IsEmpty: false };
}
