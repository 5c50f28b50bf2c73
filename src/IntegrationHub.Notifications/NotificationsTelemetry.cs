using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntegrationHub.Notifications;

/// <summary>
/// The notifications' ActivitySource and Meter (add <see cref="Name"/> to the host's tracing and metrics). Spans
/// and tags carry message ids, subscription ids and event numbers, never patient identifiers.
/// </summary>
public static class NotificationsTelemetry
{
    public const string Name = "IntegrationHub.Notifications";

    public static readonly ActivitySource Source = new(Name, typeof(NotificationsTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(NotificationsTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Recorded = Meter.CreateCounter<long>(
        "hub.notifications.recorded", "{notification}", "Notifications recorded (one per matching subscription), by kind: discharged or cancelled.");

    internal static readonly Counter<long> Delivered = Meter.CreateCounter<long>(
        "hub.notifications.delivered", "{notification}", "Notifications a subscriber acknowledged with 2xx.");

    internal static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "hub.notifications.delivery.failures", "{attempt}", "Failed POSTs to subscribers (handshakes, notifications, heartbeats), by type.");

    internal static readonly Histogram<double> DeliveryLatency = Meter.CreateHistogram<double>(
        "hub.notifications.delivery.latency", "ms", "Time from recording a notification to its acknowledgement by the subscriber.");
}
