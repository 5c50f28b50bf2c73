using IntegrationHub.Contracts;
using IntegrationHub.Notifications.Delivery;
using IntegrationHub.Notifications.Subscriptions;

namespace IntegrationHub.Notifications;

/// <summary>
/// Notifications when no PostgreSQL is configured (the embedded default): events are acknowledged without
/// effect, nothing is delivered, and the Subscription API answers 503 with an OperationOutcome saying what to set.
/// </summary>
internal sealed class UnavailableNotificationStore : INotificationStore
{
    public bool IsAvailable => false;

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<SubscriptionRecord> CreateAsync(string id, string? ownerOds, string ownerSubject, SubscriptionSpec spec, string resourceJson, CancellationToken cancellationToken) => throw new NotificationsUnavailableException();

    public Task<SubscriptionRecord?> GetAsync(string id, CancellationToken cancellationToken) => throw new NotificationsUnavailableException();

    public Task<SubscriptionRecord?> UpdateAsync(string id, SubscriptionSpec spec, string resourceJson, bool handshakeAgain, CancellationToken cancellationToken) => throw new NotificationsUnavailableException();

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => throw new NotificationsUnavailableException();

    public Task<IReadOnlyList<SubscriptionRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SubscriptionRecord>>([]);

    public Task<IReadOnlyList<StoredNotification>> EventsAsync(string id, long from, long to, CancellationToken cancellationToken) => throw new NotificationsUnavailableException();

    public Task<IReadOnlyList<string>> DueAsync(int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<DeliveryLease?> TryLeaseAsync(string id, CancellationToken cancellationToken) => Task.FromResult<DeliveryLease?>(null);

    public Task RecordHandshakeAsync(string id, int versionId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordDeliveredAsync(string id, long eventNumber, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordHeartbeatAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordFailureAsync(string id, string error, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Notifications need PostgreSQL; the API turns this into 503.</summary>
public sealed class NotificationsUnavailableException() : Exception("Discharge notifications need Postgres:ConnectionString.");
