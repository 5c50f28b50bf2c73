using IntegrationHub.Intake;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;

namespace IntegrationHub.Ops;

/// <summary>
/// Hands failed messages to the pipeline again, after a fix: oldest first, through the same durable hand-off as
/// intake (so each lands in its patient's partition behind what is already queued), each taken off the
/// failures list only once the broker has confirmed it (and only if it has not already failed again). The store is idempotent, so a replay lands once.
/// </summary>
internal sealed class FailureReplayer(IMessageArchive archive, IDurableHandoff handoff)
{
    public async Task<int> ReplayAsync(IReadOnlySet<Guid>? only, CancellationToken cancellationToken)
    {
        var failures = await archive.ListFailuresAsync(10_000, cancellationToken);
        var replayed = 0;
        foreach (var failure in failures)
        {
            if (only is not null && !only.Contains(failure.Message.MessageId))
            {
                continue;
            }

            await handoff.HandOffAsync(failure.Message, cancellationToken);
            await archive.ResolveFailureAsync(failure.Message.MessageId, failure.FailedAt, cancellationToken);
            HubTelemetry.MessagesReplayed.Add(1);
            replayed++;
        }

        return replayed;
    }
}
