using System.Net.Sockets;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Health;

/// <summary>
/// What a wedged intake is, for the liveness check and for the exit that ends a wedged process alike: hand-offs
/// have failed for a while with none confirmed, on RabbitMQ, while RabbitMQ accepts connections. A broker that does
/// not answer is an outage, which the bus rides out by itself; a fresh process would not help there.
/// </summary>
internal sealed class IntakeWedge(HandoffWatch watch, IOptions<RabbitMqOptions> rabbit)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Null unless intake hands off to RabbitMQ and its current run of failed hand-offs has lasted at least
    /// <paramref name="failingFor"/>; otherwise that run, and whether RabbitMQ accepted a TCP connection just now.
    /// </summary>
    public async Task<WedgeReading?> ReadAsync(TimeSpan failingFor, CancellationToken cancellationToken)
    {
        var broker = rabbit.Value;
        if (!broker.IsConfigured || watch.Read() is not { } failures || failures.For < failingFor)
        {
            return null;
        }

        return new WedgeReading(failures, await AcceptsConnectionsAsync(broker.Host!, broker.Port, cancellationToken));
    }

    private static async Task<bool> AcceptsConnectionsAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probe.CancelAfter(ProbeTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, probe.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}

/// <summary>A run of failed hand-offs, and whether RabbitMQ answered meanwhile: if it did, the process is wedged.</summary>
internal readonly record struct WedgeReading(HandoffFailures Failures, bool BrokerAnswers)
{
    /// <summary>The one sentence both the liveness check and the exit log give for a wedge.</summary>
    public string Describe() =>
        $"Intake has made nothing durable for {Failures.Seconds} s ({Failures.Count} hand-offs failed) although RabbitMQ accepts connections";
}
