using IntegrationHub.Intake;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// A whole hub (MLLP listener, bus, consumers, HTTP) built by <see cref="HubApplication"/> and run in this
/// process on free loopback ports, configured exactly as an operator would: with settings.
/// </summary>
internal sealed class HubInstance : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HubInstance(WebApplication app, LogRecorder log, int mllpPort, Uri http)
    {
        _app = app;
        Log = log;
        MllpPort = mllpPort;
        Http = http;
    }

    public int MllpPort { get; }

    public Uri Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The hub's recent log lines (MassTransit's and the hub's own, Information and up), for failure messages.</summary>
    public LogRecorder Log { get; }

    public static async Task<HubInstance> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--Mllp:Port=0",
            "--Mllp:BindAddress=127.0.0.1",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:MassTransit=Error",
        };
        args.AddRange(settings.Select(setting => $"--{setting.Key}={setting.Value}"));
        var log = new LogRecorder();
        var app = HubApplication.Build([.. args], builder =>
        {
            builder.Logging.AddProvider(log);
            builder.Logging.AddFilter<LogRecorder>("MassTransit", LogLevel.Information);
            builder.Logging.AddFilter<LogRecorder>("IntegrationHub", LogLevel.Information);
        });
        await app.StartAsync();
        var mllp = app.Services.GetRequiredService<MllpListenerService>().LocalEndPoint!.Port;
        var http = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HubInstance(app, log, mllp, new Uri(http));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
