using IntegrationHub.Contracts;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;
using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>
/// A view that gave up on a batch of events (after its retries) puts each event's source message on the
/// failures list with the reason, so ops see it and a replay re-drives it through the whole pipeline; the views
/// that had applied it already skip it by message id.
/// </summary>
internal sealed partial class RecordViewFailureConsumer(IMessageArchive archive, ILogger<RecordViewFailureConsumer> logger) : IConsumer<Fault<PatientEventBatch>>
{
    public async Task Consume(ConsumeContext<Fault<PatientEventBatch>> context)
    {
        var fault = context.Message;
        var view = fault.FaultedMessageId.HasValue ? context.SourceAddress?.AbsolutePath.Trim('/') : null;
        var reason = fault.Exceptions.Length > 0 ? $"view {view ?? "?"}: {fault.Exceptions[0].ExceptionType}: {fault.Exceptions[0].Message}" : $"view {view ?? "?"} failed";
        foreach (var patientEvent in fault.Message.Events)
        {
            if (await archive.GetAsync(patientEvent.MessageId, context.CancellationToken) is { } message)
            {
                await archive.RecordFailureAsync(message, reason, context.CancellationToken);
                HubTelemetry.MessagesFailed.Add(1, new KeyValuePair<string, object?>("hl7.message_type", message.MessageType));
            }
        }

        LogViewFailed(logger, fault.Message.Events.Length, view ?? "?");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A view gave up on a batch of {Count} events ({View}); their messages are on the failures list")]
    private static partial void LogViewFailed(ILogger logger, int count, string view);
}
