using IntegrationHub.Contracts;

namespace IntegrationHub.Storage;

/// <summary>What operations staff need from the store: find and inspect any message, see and replay failures.</summary>
internal interface IMessageArchive
{
    Task<IReadOnlyList<MessageSummary>> SearchAsync(MessageQuery query, CancellationToken cancellationToken);

    Task<Hl7MessageReceived?> GetAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Records (or, when it fails again, updates) a message the pipeline gave up on.</summary>
    Task RecordFailureAsync(Hl7MessageReceived message, string reason, CancellationToken cancellationToken);

    /// <summary>Failures not yet replayed, in the order their messages were received, oldest first.</summary>
    Task<IReadOnlyList<FailedMessage>> ListFailuresAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a failure replayed once its message has been handed to the pipeline again; the row stays as history
    /// (attempts keep counting). Only the failure as listed (<paramref name="failedAt"/>) is marked: if the replay
    /// has already failed again, that newer failure stays on the list.
    /// </summary>
    Task ResolveFailureAsync(Guid messageId, DateTimeOffset failedAt, CancellationToken cancellationToken);
}
