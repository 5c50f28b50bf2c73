namespace IntegrationHub.Notifications.Subscriptions;

/// <summary>
/// One recorded notification of one subscription: its gap-free event number, the event it came from, whether
/// the patient was discharged or the discharge cancelled, the focus (the Encounter) and the discharge summary
/// entries (a JSON array of <c>{fullUrl, resource}</c>, fixed when recorded).
/// </summary>
internal sealed record StoredNotification(
    long EventNumber,
    Guid MessageId,
    string Kind,
    DateTimeOffset? OccurredAt,
    DateTimeOffset RecordedAt,
    string? FocusUrl,
    string? FocusReference,
    string Summary);
