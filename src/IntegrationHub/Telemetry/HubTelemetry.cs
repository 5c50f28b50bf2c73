using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntegrationHub.Telemetry;

/// <summary>
/// The hub's one ActivitySource and one Meter, and every instrument on it. Spans and tags carry message types and
/// control ids, never patient identifiers.
/// </summary>
internal static class HubTelemetry
{
    public const string Name = "IntegrationHub";

    /// <summary>MassTransit's own source and meter: its send/receive/consume spans carry the trace across RabbitMQ.</summary>
    public const string MassTransitName = "MassTransit";

    public static readonly ActivitySource Source = new(Name, typeof(HubTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(HubTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>(
        "hub.mllp.messages.received", "{message}", "Messages received over MLLP, by message type.");

    public static readonly Counter<long> AcksSent = Meter.CreateCounter<long>(
        "hub.mllp.acks.sent", "{ack}", "Acknowledgements sent, by MSA-1 code.");

    public static readonly Counter<long> InboundAcksIgnored = Meter.CreateCounter<long>(
        "hub.mllp.inbound_acks", "{message}", "ACK messages received from senders; never acknowledged.");

    public static readonly Histogram<long> FrameSize = Meter.CreateHistogram<long>(
        "hub.mllp.frame.size", "By", "Size of received MLLP frames.");

    public static readonly Histogram<double> AckLatency = Meter.CreateHistogram<double>(
        "hub.mllp.ack.latency", "ms", "Time from a complete frame to its ACK being handed to the socket.");

    public static readonly Counter<long> HandoffFailures = Meter.CreateCounter<long>(
        "hub.intake.handoff.failures", "{message}", "Messages that could not be made durable (sender got AE/CE).");

    public static readonly Counter<long> ResendsRecognised = Meter.CreateCounter<long>(
        "hub.intake.resends", "{message}", "Messages whose sender and control id were already accepted: same content (original ACK replayed) or not (refused).");

    public static readonly Counter<long> DedupeLookupsSkipped = Meter.CreateCounter<long>(
        "hub.intake.dedupe.skipped", "{message}", "Resend checks that went on without the database (it was slow or away).");

    public static readonly Counter<long> MessagesStored = Meter.CreateCounter<long>(
        "hub.store.messages", "{message}", "Received messages written to the database (duplicates not counted).");

    public static readonly Counter<long> MessagesFailed = Meter.CreateCounter<long>(
        "hub.pipeline.failures", "{message}", "Messages given up after their retries and put on the failures list, by message type.");

    public static readonly Counter<long> MessagesReplayed = Meter.CreateCounter<long>(
        "hub.pipeline.replays", "{message}", "Failed messages handed to the pipeline again by ops.");

    public static readonly Counter<long> DuplicatesIgnored = Meter.CreateCounter<long>(
        "hub.store.duplicates", "{message}", "Redeliveries and byte-identical resends recognised and skipped.");
}
