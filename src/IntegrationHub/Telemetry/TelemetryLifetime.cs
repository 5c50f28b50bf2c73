using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IntegrationHub.Telemetry;

/// <summary>
/// Creates the providers at start-up (so the first message is traced) and flushes them at shutdown; the DI
/// container disposes them after that because it created them.
/// </summary>
internal sealed class TelemetryLifetime(TracerProvider tracerProvider, MeterProvider meterProvider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracerProvider.ForceFlush(5000);
        meterProvider.ForceFlush(5000);
        return Task.CompletedTask;
    }
}
