using IntegrationHub.Contracts;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;
using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>
/// Keeps every message the pipeline gave up on (MassTransit publishes the fault after the last retry) in the
/// database with its reason, where ops can count, inspect and replay it. The copy in the partition's _error
/// queue stays as the broker's own record.
/// </summary>
internal sealed partial class RecordFailureConsumer(IMessageArchive archive, ILogger<RecordFailureConsumer> logger) : IConsumer<Fault<Hl7MessageReceived>>
{
    public async Task Consume(ConsumeContext<Fault<Hl7MessageReceived>> context)
    {
        var fault = context.Message;
        var reason = fault.Exceptions.Length > 0 ? $"{fault.Exceptions[0].ExceptionType}: {fault.Exceptions[0].Message}" : "unknown";
        await archive.RecordFailureAsync(fault.Message, reason, context.CancellationToken);
        HubTelemetry.MessagesFailed.Add(1, new KeyValuePair<string, object?>("hl7.message_type", fault.Message.MessageType));
        LogFailed(logger, fault.Message.ControlId, fault.Message.MessageType, reason);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {ControlId} ({MessageType}) failed after its retries and waits for replay: {Reason}")]
    private static partial void LogFailed(ILogger logger, string controlId, string messageType, string reason);
}
