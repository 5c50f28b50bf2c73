using IntegrationHub.Intake;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Health;

/// <summary>
/// Ready only while intake can make messages durable: degraded from the first failed hand-off, unready once none
/// has been confirmed for <see cref="IntakeOptions.StallAfter"/>, so a load balancer sends MLLP traffic elsewhere
/// and ops see that this instance answers AE, whatever its broker connection looks like.
/// </summary>
internal sealed class IntakeHealthCheck(HandoffWatch watch) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (watch.Read() is not { } failures)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        return Task.FromResult(failures.Stalled
            ? HealthCheckResult.Unhealthy(
                $"No message made durable for {failures.Seconds} s: all {failures.Count} hand-offs to the broker since then failed and their senders were told to resend (AE). If RabbitMQ is up, restart this instance; nothing unconfirmed was acknowledged.")
            : HealthCheckResult.Degraded($"The last {failures.Count} hand-offs to the broker failed ({failures.Seconds} s); their senders were told to resend (AE)."));
    }
}
