using System.Net;
using System.Net.Sockets;
using IntegrationHub.Health;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Tests.Intake;

/// <summary>
/// A hub wedged for <c>Intake:ExitAfterStall</c> (nothing made durable although RabbitMQ answers) stops itself with
/// exit code 75, for supervisors that restart processes that exit; a broker outage, a shorter stall, or the
/// setting at zero never stops it.
/// </summary>
public sealed class WedgedIntakeExitTests : IDisposable
{
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitAfterStall = TimeSpan.FromMinutes(2);
    private readonly ManualTime _time = new();
    private readonly HandoffWatch _watch;
    private readonly TcpListener _broker = new(IPAddress.Loopback, 0);
    private readonly StoppableLifetime _lifetime = new();
    private readonly HubExit _exit = new();
    private readonly RecordingLogger _log = new();

    public WedgedIntakeExitTests()
    {
        _watch = new HandoffWatch(_time, Options.Create(new IntakeOptions { StallAfter = StallAfter }));
        _broker.Start();
    }

    [Fact]
    public async Task StopsWithExitCode75OnceWedgedForExitAfterStall()
    {
        var exit = Exit(BrokerPort, ExitAfterStall);
        _watch.Failed();
        _time.Advance(ExitAfterStall - TimeSpan.FromSeconds(1));

        Assert.False(await exit.CheckAsync(CancellationToken.None));
        Assert.False(_lifetime.StopRequested);
        Assert.Equal(0, _exit.Code);

        _time.Advance(TimeSpan.FromSeconds(1));
        _watch.Failed();

        Assert.True(await exit.CheckAsync(CancellationToken.None));
        Assert.True(_lifetime.StopRequested);
        Assert.Equal(WedgedIntakeExit.ExitCode, _exit.Code);
        var (level, message) = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Critical, level);
        Assert.Contains("nothing durable for 120 s (2 hand-offs failed) although RabbitMQ accepts connections; stopping this instance with exit code 75", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaysUpThroughABrokerOutageHoweverLong()
    {
        var exit = Exit(ClosedPort(), ExitAfterStall);
        _watch.Failed();
        _time.Advance(TimeSpan.FromHours(1));

        Assert.False(await exit.CheckAsync(CancellationToken.None));
        Assert.False(_lifetime.StopRequested);
        Assert.Equal(0, _exit.Code);
    }

    [Fact]
    public async Task AConfirmedHandoffStartsTheWaitAgain()
    {
        var exit = Exit(BrokerPort, ExitAfterStall);
        _watch.Failed();
        _time.Advance(ExitAfterStall - TimeSpan.FromSeconds(1));
        _watch.Succeeded();
        _watch.Failed();
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(await exit.CheckAsync(CancellationToken.None));
        Assert.False(_lifetime.StopRequested);
    }

    [Fact]
    public async Task ZeroTurnsTheExitOff()
    {
        var exit = Exit(BrokerPort, TimeSpan.Zero);
        _watch.Failed();
        _time.Advance(TimeSpan.FromHours(1));

        await exit.StartAsync(CancellationToken.None);
        await exit.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(_lifetime.StopRequested);
        Assert.Equal(0, _exit.Code);
        Assert.Empty(_log.Entries);
    }

    public void Dispose() => _broker.Dispose();

    private int BrokerPort => ((IPEndPoint)_broker.LocalEndpoint).Port;

    private WedgedIntakeExit Exit(int brokerPort, TimeSpan exitAfterStall) => new(
        new IntakeWedge(_watch, Options.Create(new RabbitMqOptions { Host = "127.0.0.1", Port = brokerPort })),
        _exit,
        _lifetime,
        Options.Create(new IntakeOptions { StallAfter = StallAfter, ExitAfterStall = exitAfterStall }),
        _log);

    /// <summary>A loopback port nothing listens on: connections are refused, as while RabbitMQ is down.</summary>
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class StoppableLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public bool StopRequested { get; private set; }

        public void StopApplication() => StopRequested = true;
    }

    private sealed class RecordingLogger : ILogger<WedgedIntakeExit>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
