using IntegrationHub.Notifications.Delivery;
using IntegrationHub.Notifications.Subscriptions;

namespace IntegrationHub.Notifications;

/// <summary>Everything the API, the ops view and the delivery service need from the store.</summary>
internal interface INotificationStore : IDischargeNotificationStore
{
    /// <summary>False for the placeholder used when PostgreSQL is not configured.</summary>
    bool IsAvailable { get; }

    Task<SubscriptionRecord> CreateAsync(string id, string? ownerOds, string ownerSubject, SubscriptionSpec spec, string resourceJson, CancellationToken cancellationToken);

    Task<SubscriptionRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Replaces what the subscriber asked for; <paramref name="handshakeAgain"/> (a new endpoint) sends it back to <c>requested</c>.</summary>
    Task<SubscriptionRecord?> UpdateAsync(string id, SubscriptionSpec spec, string resourceJson, bool handshakeAgain, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<SubscriptionRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The subscription's notifications numbered <paramref name="from"/> to <paramref name="to"/> (inclusive), in order.</summary>
    Task<IReadOnlyList<StoredNotification>> EventsAsync(string id, long from, long to, CancellationToken cancellationToken);

    /// <summary>Subscriptions with work due now (a handshake, undelivered notifications or a heartbeat), most overdue first.</summary>
    Task<IReadOnlyList<string>> DueAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The right to deliver to one subscription, held by one hub instance at a time; null when another holds it.</summary>
    Task<DeliveryLease?> TryLeaseAsync(string id, CancellationToken cancellationToken);

    /// <summary>The handshake of this version of the subscription passed: <c>requested</c> becomes <c>active</c>.</summary>
    Task RecordHandshakeAsync(string id, int versionId, CancellationToken cancellationToken);

    /// <summary>Notification <paramref name="eventNumber"/> reached the subscriber: attempts reset, <c>error</c> back to <c>active</c>.</summary>
    Task RecordDeliveredAsync(string id, long eventNumber, CancellationToken cancellationToken);

    Task RecordHeartbeatAsync(string id, CancellationToken cancellationToken);

    /// <summary>An attempt failed: the next is backed off exponentially; after the retry limit the status becomes <c>error</c>.</summary>
    Task RecordFailureAsync(string id, string error, CancellationToken cancellationToken);
}
