using IntegrationHub.Fhir;

namespace IntegrationHub.Notifications.Subscriptions;

/// <summary>
/// One stored subscription with its delivery state. Status: <c>requested</c> until the endpoint passes the
/// handshake, then <c>active</c>; <c>error</c> after <see cref="NotificationOptions.RetryLimit"/> failed attempts
/// in a row (notifications are still recorded and retried at the longest interval), back to <c>active</c> on the
/// next success; <c>off</c> once its end time has passed.
/// </summary>
internal sealed record SubscriptionRecord(
    string Id,
    int VersionId,
    string? OwnerOds,
    string OwnerSubject,
    SubscriptionStatus Status,
    SubscriptionSpec Spec,
    string ResourceJson,
    long EventsSinceStart,
    long LastDelivered,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastSentAt,
    DateTimeOffset? LastDeliveredAt,
    string? LastError,
    DateTimeOffset UpdatedAt)
{
    public long Backlog => EventsSinceStart - LastDelivered;
}
