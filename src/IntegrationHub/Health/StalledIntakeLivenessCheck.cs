using System.Net.Sockets;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Health;

/// <summary>
/// Not live when intake has made nothing durable for <see cref="IntakeOptions.StallAfter"/> although RabbitMQ
/// accepts connections: the process is then wedged, and a fresh one is the cure, so the supervisor (a Kubernetes
/// liveness probe, or a health-based restart) should restart it. While RabbitMQ does not answer, this stays live:
/// that is an outage the bus rides out by itself, and restarting would only add churn.
/// </summary>
/// <remarks>
/// The wedge this is for was seen after a broker restart: the bus reconnected, but none of its publishes was ever
/// confirmed again, and every sender got AE until the hub was restarted (the README's known issue). Restarting
/// loses nothing: a message is acknowledged only once the broker confirmed it.
/// </remarks>
internal sealed class StalledIntakeLivenessCheck(HandoffWatch watch, IOptions<RabbitMqOptions> rabbit) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var broker = rabbit.Value;
        if (!broker.IsConfigured || watch.Read() is not { Stalled: true } failures)
        {
            return HealthCheckResult.Healthy();
        }

        if (!await AcceptsConnectionsAsync(broker.Host!, broker.Port, cancellationToken))
        {
            return HealthCheckResult.Healthy("Intake is stalled, but RabbitMQ does not answer: an outage, not a wedged hub.");
        }

        return HealthCheckResult.Unhealthy(
            $"Intake has made nothing durable for {failures.Seconds} s ({failures.Count} hand-offs failed) although RabbitMQ accepts connections; restart this instance.");
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
