using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Subscription resource: Server push subscription criteria.</summary>
public sealed class Subscription : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Subscription;

    /// <summary>requested | active | error | off (required).</summary>
    public required SubscriptionStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Contact details for source (e.g. troubleshooting).</summary>
    public List<ContactPoint>? Contact { get; set; }

    /// <summary>When to automatically delete the subscription.</summary>
    public FhirInstant? End { get; set; }
    [JsonPropertyName("_end")] public PrimitiveElement? EndElement { get; set; }

    /// <summary>Description of why this subscription was created (required).</summary>
    public required string Reason { get; set; }
    [JsonPropertyName("_reason")] public PrimitiveElement? ReasonElement { get; set; }

    /// <summary>Rule for server push (required).</summary>
    public required string Criteria { get; set; }
    [JsonPropertyName("_criteria")] public PrimitiveElement? CriteriaElement { get; set; }

    /// <summary>Latest error note.</summary>
    public string? Error { get; set; }
    [JsonPropertyName("_error")] public PrimitiveElement? ErrorElement { get; set; }

    /// <summary>The channel on which to report matches to the criteria (required).</summary>
    public required SubscriptionChannel Channel { get; set; }
}
