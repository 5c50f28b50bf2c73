using IntegrationHub.Mllp.Server;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Intake;

/// <summary>Runs the MLLP listener for the host's lifetime; registered last, so it opens only once the bus is up.</summary>
internal sealed class MllpListenerService(IOptions<MllpServerOptions> options, Hl7Intake intake, ILogger<MllpServer> logger) : IHostedService, IAsyncDisposable
{
    private readonly MllpServer _server = new(options.Value, intake, logger);

    /// <summary>The bound address, for tests that listen on port 0.</summary>
    public System.Net.IPEndPoint? LocalEndPoint => _server.LocalEndPoint;

    public Task StartAsync(CancellationToken cancellationToken) => _server.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _server.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
