using System.Diagnostics;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Subscriptions;
using IntegrationHub.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// One delivery pass for one subscription, run while its lease is held: the handshake while <c>requested</c>,
/// then every owed notification in event-number order, one POST each, until the backlog is empty or a POST
/// fails (the failure is recorded with its backoff and the pass ends: nothing later is sent before an earlier
/// number is acknowledged), then a heartbeat if one is due.
/// </summary>
internal sealed partial class SubscriptionDeliverer(
    INotificationStore store,
    NotificationSender sender,
    IOptions<CareRecordOptions> fhirOptions,
    TimeProvider timeProvider,
    ILogger<SubscriptionDeliverer> logger)
{
    public async Task DeliverAsync(string id, CancellationToken cancellationToken)
    {
        var baseUrl = fhirOptions.Value.BaseUrl;
        while (!cancellationToken.IsCancellationRequested)
        {
            var subscription = await store.GetAsync(id, cancellationToken);
            var now = timeProvider.GetUtcNow();

            // Re-read under the lease: another instance may have just recorded a failure and its backoff.
            if (subscription is null || subscription.Status == SubscriptionStatus.Off || subscription.NextAttemptAt > now)
            {
                return;
            }

            if (subscription.Status == SubscriptionStatus.Requested)
            {
                var handshake = NotificationBundles.History(subscription, "handshake", [], PayloadContent.Empty, baseUrl, now);
                if (await SendAsync(subscription, "handshake", 0, handshake, cancellationToken))
                {
                    await store.RecordHandshakeAsync(id, subscription.VersionId, cancellationToken);
                    LogHandshake(logger, id);
                    continue;
                }

                return;
            }

            if (subscription.LastDelivered < subscription.EventsSinceStart)
            {
                var number = subscription.LastDelivered + 1;
                var events = await store.EventsAsync(id, number, number, cancellationToken);
                if (events.Count == 0)
                {
                    // Numbers are allocated with their outbox row in one transaction, so this cannot happen short of
                    // manual deletion; skipping keeps one lost row from stopping the subscription for ever.
                    LogMissing(logger, id, number);
                    await store.RecordDeliveredAsync(id, number, cancellationToken);
                    continue;
                }

                var bundle = NotificationBundles.History(subscription, "event-notification", events, subscription.Spec.Payload, baseUrl, now);
                if (!await SendAsync(subscription, "event-notification", number, bundle, cancellationToken))
                {
                    return;
                }

                await store.RecordDeliveredAsync(id, number, cancellationToken);
                NotificationsTelemetry.Delivered.Add(1);
                NotificationsTelemetry.DeliveryLatency.Record((timeProvider.GetUtcNow() - events[0].RecordedAt).TotalMilliseconds);
                continue;
            }

            // In error (failed heartbeats, nothing owed) the heartbeat is the retry that brings it back to active.
            if (subscription is { Status: SubscriptionStatus.Active or SubscriptionStatus.Error, Spec.HeartbeatSeconds: { } period }
                && (subscription.LastSentAt ?? subscription.UpdatedAt).AddSeconds(period) <= now)
            {
                var heartbeat = NotificationBundles.History(subscription, "heartbeat", [], PayloadContent.Empty, baseUrl, now);
                if (await SendAsync(subscription, "heartbeat", 0, heartbeat, cancellationToken))
                {
                    await store.RecordHeartbeatAsync(id, cancellationToken);
                }
            }

            return;
        }
    }

    private async Task<bool> SendAsync(SubscriptionRecord subscription, string type, long eventNumber, string bundle, CancellationToken cancellationToken)
    {
        using var activity = NotificationsTelemetry.Source.StartActivity("notify.deliver", ActivityKind.Client);
        activity?.SetTag("hub.subscription_id", subscription.Id);
        activity?.SetTag("hub.notification_type", type);
        if (eventNumber > 0)
        {
            activity?.SetTag("hub.event_number", eventNumber);
        }

        var error = await sender.PostAsync(subscription, bundle, cancellationToken);
        if (error is null)
        {
            return true;
        }

        activity?.SetStatus(ActivityStatusCode.Error, error);
        NotificationsTelemetry.Failures.Add(1, new KeyValuePair<string, object?>("type", type));

        LogFailed(logger, subscription.Id, subscription.Attempts + 1, error);
        await store.RecordFailureAsync(subscription.Id, error, cancellationToken);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} passed its handshake and is active")]
    private static partial void LogHandshake(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: delivery attempt {Attempt} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string subscriptionId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId}: notification {EventNumber} has no outbox row; skipped")]
    private static partial void LogMissing(ILogger logger, string subscriptionId, long eventNumber);
}
