using System.Diagnostics;
using IntegrationHub.Contracts;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;
using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>
/// Writes each received message to the database under the trace that began at MLLP receive. Idempotent: a
/// redelivery after a lost broker ack, or a byte-identical resend, is recognised by the store and skipped.
/// </summary>
internal sealed partial class StoreReceivedMessageConsumer(IReceivedMessageStore store, ILogger<StoreReceivedMessageConsumer> logger)
    : IConsumer<Hl7MessageReceived>
{
    public async Task Consume(ConsumeContext<Hl7MessageReceived> context)
    {
        var message = context.Message;
        using var activity = HubTelemetry.Source.StartActivity("hub.store");
        activity?.SetTag("hl7.message_type", message.MessageType);
        activity?.SetTag("hl7.control_id", message.ControlId);

        var stored = await store.StoreAsync(message, Activity.Current?.TraceId.ToHexString(), context.CancellationToken);
        if (stored)
        {
            HubTelemetry.MessagesStored.Add(1);
        }
        else
        {
            HubTelemetry.DuplicatesIgnored.Add(1);
            activity?.SetTag("hub.duplicate", true);
            LogDuplicate(logger, message.ControlId, message.MessageType);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {ControlId} ({MessageType}) was already stored; skipped")]
    private static partial void LogDuplicate(ILogger logger, string controlId, string messageType);
}
