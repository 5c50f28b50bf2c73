namespace IntegrationHub.Notifications.Subscriptions;

/// <summary>
/// What a subscriber asked for, checked: the filter (a GP practice's ODS code and/or patient identifiers as
/// <c>system|value</c>), the rest-hook endpoint with its headers, the payload, and the periods in seconds.
/// </summary>
internal sealed record SubscriptionSpec(
    string? FilterOds,
    IReadOnlyList<string> FilterPatients,
    Uri Endpoint,
    IReadOnlyList<string> Headers,
    PayloadContent Payload,
    int? HeartbeatSeconds,
    int? TimeoutSeconds,
    DateTimeOffset? End);
