using IntegrationHub.Intake;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Health;

/// <summary>
/// Not live when intake has made nothing durable for <see cref="IntakeOptions.StallAfter"/> although RabbitMQ
/// accepts connections (<see cref="IntakeWedge"/>): the process is then wedged, and a fresh one is the cure, so the
/// supervisor (a Kubernetes liveness probe, or a health-based restart) should restart it. While RabbitMQ does not
/// answer, this stays live: that is an outage the bus rides out by itself, and restarting would only add churn.
/// </summary>
/// <remarks>
/// The wedge this is for was seen after a broker restart: the bus reconnected, but none of its publishes was ever
/// confirmed again, and every sender got AE until the hub was restarted (the README's known issue). Restarting
/// loses nothing: a message is acknowledged only once the broker confirmed it. A supervisor that restarts only
/// processes that exit (Docker's restart policy, systemd) gets the same cure from <see cref="WedgedIntakeExit"/>.
/// </remarks>
internal sealed class StalledIntakeLivenessCheck(IntakeWedge wedge, IOptions<IntakeOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        return await wedge.ReadAsync(options.Value.StallAfter, cancellationToken) switch
        {
            null => HealthCheckResult.Healthy(),
            { BrokerAnswers: false } => HealthCheckResult.Healthy("Intake is stalled, but RabbitMQ does not answer: an outage, not a wedged hub."),
            { } wedged => HealthCheckResult.Unhealthy(wedged.Describe() + "; restart this instance."),
        };
    }
}
