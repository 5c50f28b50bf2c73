using IntegrationHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Health;

/// <summary>Ready only while the database answers.</summary>
internal sealed class DatabaseHealthCheck(IReceivedMessageStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await store.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
