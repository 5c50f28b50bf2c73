using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Bundle resource: Contains a collection of resources.</summary>
public sealed partial class Bundle : Resource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Bundle;

    /// <summary>Persistent identifier for the bundle.</summary>
    public Identifier? Identifier { get; set; }

    /// <summary>document | message | transaction | transaction-response | batch | batch-response | history | searchset | collection (required).</summary>
    public required BundleType Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>When the bundle was assembled.</summary>
    public FhirInstant? Timestamp { get; set; }
    [JsonPropertyName("_timestamp")] public PrimitiveElement? TimestampElement { get; set; }

    /// <summary>If search, the total number of matches.</summary>
    [JsonConverter(typeof(FhirUnsignedIntConverter))]
    public int? Total { get; set; }
    [JsonPropertyName("_total")] public PrimitiveElement? TotalElement { get; set; }

    /// <summary>Links related to this Bundle.</summary>
    public List<BundleLink>? Link { get; set; }

    /// <summary>Entry in the bundle - will have a resource or information.</summary>
    public List<BundleEntry>? Entry { get; set; }

    /// <summary>Digital Signature.</summary>
    public Signature? Signature { get; set; }
}
