using System.Collections.Concurrent;
using IntegrationHub.Contracts;
using IntegrationHub.Storage;

namespace IntegrationHub.Tests.Intake;

/// <summary>An in-memory store, as the store consumer would leave the database.</summary>
internal sealed class FakeStore : IReceivedMessageStore
{
    public ConcurrentDictionary<(string, string, string), Hl7MessageReceived> Messages { get; } = new();

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> StoreAsync(Hl7MessageReceived message, string? traceId, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.TryAdd((message.SendingApplication, message.SendingFacility, message.ControlId), message));

    public Task<PriorReceipt?> FindAsync(string sendingApplication, string sendingFacility, string controlId, CancellationToken cancellationToken) =>
        Task.FromResult(Messages.TryGetValue((sendingApplication, sendingFacility, controlId), out var message)
            ? new PriorReceipt(message.ContentHash, message.Ack)
            : null);

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
