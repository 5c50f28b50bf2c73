using IntegrationHub.Contracts;

namespace IntegrationHub.Storage;

/// <summary>
/// The embedded default's durability point. The in-memory transport forgets everything when the process stops,
/// so intake first writes the message to this journal (a committed SQLite transaction), then acknowledges; the
/// store removes the journal entry in the same transaction that stores the message, and whatever is still in the
/// journal at start-up is handed to the pipeline again.
/// </summary>
internal interface IIntakeJournal
{
    Task AppendAsync(Hl7MessageReceived message, CancellationToken cancellationToken);

    Task<IReadOnlyList<Hl7MessageReceived>> ReadPendingAsync(CancellationToken cancellationToken);
}
