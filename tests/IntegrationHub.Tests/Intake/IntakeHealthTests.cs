using IntegrationHub.Health;
using System.Net;
using System.Net.Sockets;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Tests.Intake;

/// <summary>
/// Readiness from intake's own view: a hub whose every hand-off fails is not ready, however its broker connection
/// looks, and it is ready again from the first message the broker confirms.
/// </summary>
public sealed class IntakeHealthTests
{
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(30);
    private readonly ManualTime _time = new();
    private readonly HandoffWatch _watch;
    private readonly IntakeHealthCheck _check;

    public IntakeHealthTests()
    {
        _watch = new HandoffWatch(_time, Options.Create(new IntakeOptions { StallAfter = StallAfter }));
        _check = new IntakeHealthCheck(_watch);
    }

    [Fact]
    public async Task IsHealthyBeforeAnyHandoffAndWhileHandoffsSucceed()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        _watch.Succeeded();
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        Assert.Null(_watch.Read());
    }

    [Fact]
    public async Task IsDegradedFromTheFirstFailureUntilTheStallTime()
    {
        _watch.Succeeded();
        _watch.Failed();
        _time.Advance(TimeSpan.FromSeconds(10));
        _watch.Failed();
        _watch.Failed();

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(new HandoffFailures(TimeSpan.FromSeconds(10), 3, Stalled: false), _watch.Read());
        Assert.Contains("last 3 hand-offs", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsUnhealthyOnceNothingWasMadeDurableForTheStallTime()
    {
        _watch.Failed();
        _time.Advance(StallAfter - TimeSpan.FromTicks(1));
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);

        _time.Advance(TimeSpan.FromTicks(1));
        _watch.Failed();
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(new HandoffFailures(StallAfter, 2, Stalled: true), _watch.Read());
        Assert.Contains("No message made durable for 30 s: all 2 hand-offs", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneConfirmedHandoffEndsTheRunOfFailures()
    {
        _watch.Failed();
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);

        _watch.Succeeded();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        // A new run counts from its own first failure, not from the old one.
        _watch.Failed();
        Assert.Equal(new HandoffFailures(TimeSpan.Zero, 1, Stalled: false), _watch.Read());
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task IntakeReportsEachHandoffToTheWatch()
    {
        var harness = new IntakeHarness();
        harness.Handoff.Failing = true;
        Assert.Equal("AE", (await harness.SendAsync(SampleAdt("WATCH1")))!.Code);
        Assert.Equal("AE", (await harness.SendAsync(SampleAdt("WATCH2")))!.Code);
        Assert.Equal(2, harness.Watch.Read()?.Count);

        harness.Handoff.Failing = false;
        Assert.Equal("AA", (await harness.SendAsync(SampleAdt("WATCH3")))!.Code);
        Assert.Null(harness.Watch.Read());
    }

    [Fact]
    public async Task LivenessFailsOnlyWhenStalledWhileRabbitMqAcceptsConnections()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var live = Liveness(((IPEndPoint)listener.LocalEndpoint).Port);

        _watch.Failed();
        _time.Advance(StallAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(HealthStatus.Healthy, (await live.CheckHealthAsync(new HealthCheckContext())).Status);

        _time.Advance(TimeSpan.FromSeconds(1));
        var wedged = await live.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, wedged.Status);
        Assert.Contains("although RabbitMQ accepts connections; restart this instance", wedged.Description, StringComparison.Ordinal);

        _watch.Succeeded();
        Assert.Equal(HealthStatus.Healthy, (await live.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task LivenessHoldsDuringABrokerOutage()
    {
        // A port nothing listens on: connection refused, as while RabbitMQ is down.
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _watch.Failed();
        _time.Advance(TimeSpan.FromMinutes(10));
        var outage = await Liveness(closedPort).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, outage.Status);
        Assert.Contains("RabbitMQ does not answer", outage.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivenessIgnoresStallsOnTheEmbeddedTransport()
    {
        var embedded = new StalledIntakeLivenessCheck(new IntakeWedge(_watch, Options.Create(new RabbitMqOptions())), Options.Create(new IntakeOptions { StallAfter = StallAfter }));
        _watch.Failed();
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HealthStatus.Healthy, (await embedded.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    private StalledIntakeLivenessCheck Liveness(int port) => new(
        new IntakeWedge(_watch, Options.Create(new RabbitMqOptions { Host = "127.0.0.1", Port = port })),
        Options.Create(new IntakeOptions { StallAfter = StallAfter }));

    private Task<HealthCheckResult> CheckAsync() => _check.CheckHealthAsync(new HealthCheckContext());

    private static string SampleAdt(string controlId) =>
        $"MSH|^~\\&|PAS|RX1|HUB|HUB|20261125101500||ADT^A01^ADT_A01|{controlId}|P|2.4\rEVN|A01|20261125101500\rPID|1||9434765919^^^NHS^NH||SMITH^JOHN\r";
}
