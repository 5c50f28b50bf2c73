using IntegrationHub.Messaging;
using IntegrationHub.Storage;
using MassTransit;

namespace IntegrationHub.Intake;

/// <summary>
/// At start-up of the embedded default, hands to the pipeline every journalled message that was acknowledged but
/// not yet stored when the process last stopped. Runs after the bus has started and before the listener opens.
/// </summary>
internal sealed partial class IntakeJournalReplay(IIntakeJournal journal, ISendEndpointProvider sendEndpoints, ILogger<IntakeJournalReplay> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pending = await journal.ReadPendingAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        var endpoint = await sendEndpoints.GetSendEndpoint(new Uri($"queue:{EndpointNames.Received}"));
        foreach (var message in pending)
        {
            await endpoint.Send(message, context => context.MessageId = message.MessageId, cancellationToken);
        }

        LogReplayed(logger, pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replayed {Count} journalled messages that were acknowledged but not stored before the last stop")]
    private static partial void LogReplayed(ILogger logger, int count);
}
