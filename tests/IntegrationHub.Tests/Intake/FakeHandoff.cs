using System.Collections.Concurrent;
using IntegrationHub.Contracts;
using IntegrationHub.Intake;

namespace IntegrationHub.Tests.Intake;

/// <summary>Records hand-offs; fails them while <see cref="Failing"/> is set, as a broker that is away would.</summary>
internal sealed class FakeHandoff : IDurableHandoff
{
    public ConcurrentQueue<Hl7MessageReceived> HandedOff { get; } = new();

    public bool Failing { get; set; }

    public Task HandOffAsync(Hl7MessageReceived message, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new TimeoutException("broker confirm did not arrive");
        }

        HandedOff.Enqueue(message);
        return Task.CompletedTask;
    }
}
