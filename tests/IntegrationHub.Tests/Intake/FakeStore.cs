using System.Collections.Concurrent;
using IntegrationHub.Contracts;
using IntegrationHub.Storage;

namespace IntegrationHub.Tests.Intake;

/// <summary>An in-memory store, as the store consumer would leave the database.</summary>
internal sealed class FakeStore : IReceivedMessageStore
{
    public ConcurrentDictionary<(string, string, string), Hl7MessageReceived> Messages { get; } = new();

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoreOutcome[]> StoreAsync(IReadOnlyList<MessageToStore> messages, CancellationToken cancellationToken)
    {
        var outcomes = new StoreOutcome[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i].Message;
            var key = (message.SendingApplication, message.SendingFacility, message.ControlId);
            outcomes[i] = Messages.TryAdd(key, message) ? StoreOutcome.Stored
                : Messages[key].MessageId == message.MessageId ? StoreOutcome.Redelivered
                : StoreOutcome.Resend;
        }

        return Task.FromResult(outcomes);
    }

    public Task<PriorReceipt?> FindAsync(string sendingApplication, string sendingFacility, string controlId, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.TryGetValue((sendingApplication, sendingFacility, controlId), out var message)
            ? new PriorReceipt(message.ContentHash, message.Ack)
            : null);

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
