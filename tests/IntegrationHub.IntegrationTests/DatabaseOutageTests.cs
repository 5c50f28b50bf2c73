using IntegrationHub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// PostgreSQL stops for several seconds while messages flow: intake keeps acknowledging (the broker holds the
/// messages), the store waits the outage out with backoff, and every AA'd message is stored exactly once.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class DatabaseOutageTests(RealServicesFixture services, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryAaIsStoredExactlyOnceAfterPostgresReturns()
    {
        var settings = await services.IsolatedSettingsAsync("pgout");
        await using var hub = await HubInstance.StartAsync(settings);
        var sender = new RecordingSender(hub.MllpPort, connections: 4, prefix: "PGO");
        var postgres = services.Services.Postgres;

        sender.Start();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await postgres.StopAsync();
        var stopped = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(6));
        await postgres.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await sender.StopAsync();

        var results = sender.Results.ToArray();
        var acknowledged = results.Where(r => r.Code == "AA").Select(r => r.ControlId).ToHashSet();
        var tally = await StoreWaits.TallyAsync(settings["Postgres:ConnectionString"], acknowledged);
        output.WriteLine($"sent {results.Length}, AA {acknowledged.Count}, AA during the outage {results.Count(r => r.Code == "AA" && r.At > stopped && r.At < stopped.AddSeconds(6))}, stored {tally.Stored}, lost {tally.Lost.Length}, duplicates {tally.Duplicated.Length}");

        // The database is not on the acknowledgement path: senders kept getting AA while it was down.
        Assert.Contains(results, r => r.Code == "AA" && r.At > stopped.AddSeconds(1) && r.At < stopped.AddSeconds(5));
        Assert.DoesNotContain(results, r => r.Code is "MISMATCH" or "AR");
        tally.AssertEachStoredExactlyOnce();
    }
}
