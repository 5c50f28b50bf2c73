
namespace IntegrationHub.Storage;

/// <summary>Where received messages land: the raw message with who sent it, when, and under which trace.</summary>
internal interface IReceivedMessageStore
{
    /// <summary>Creates or upgrades the schema; safe to run from several hub instances at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a partition's batch of messages in one transaction, each once, and says for each, in order, whether
    /// it is new, a redelivery of one already stored (same message id) or a byte-identical resend under another
    /// message id (same sender, control id and content).
    /// </summary>
    Task<StoreOutcome[]> StoreAsync(IReadOnlyList<MessageToStore> messages, CancellationToken cancellationToken);

    /// <summary>
    /// The message already stored under this sender's control id (MSH-3, MSH-4, MSH-10), if any: how intake
    /// recognises a resend. With several different messages under one key, the first stored is returned.
    /// </summary>
    Task<PriorReceipt?> FindAsync(string sendingApplication, string sendingFacility, string controlId, CancellationToken cancellationToken);

    /// <summary>Round trip to the database, for the readiness check.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
