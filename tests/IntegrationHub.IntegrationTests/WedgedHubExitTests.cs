using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Testing;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// A hub process whose publishes stay unconfirmed while RabbitMQ is up (wedged) for <c>Intake:ExitAfterStall</c>
/// stops itself with exit code 75, saying why, so a supervisor that restarts processes that exit (Docker's restart
/// policy, systemd) starts a fresh one; the fresh one takes messages again, and every message either process
/// acknowledged is stored exactly once.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class WedgedHubExitTests(RealServicesFixture services, ITestOutputHelper output)
{
    private static readonly TimeSpan HandoffTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ExitAfterStall = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task WedgedHubExitsWith75AndAFreshProcessCarriesOnLosingNothing()
    {
        await using var rabbit = new RabbitMqServer();
        await rabbit.StartAsync();
        var settings = await services.PrivateBrokerSettingsAsync("wedge", rabbit, HandoffTimeout);
        settings["Intake:StallAfter"] = TimeSpan.FromSeconds(4).ToString();
        settings["Intake:ExitAfterStall"] = ExitAfterStall.ToString();

        await using var wedged = await HubProcess.StartAsync(settings);
        var before = new RecordingSender(wedged.MllpPort, connections: 2, prefix: "WDG");
        before.Start();
        await before.WaitForAaAsync(20, since: DateTime.MinValue, TimeSpan.FromSeconds(60), $"no AA before the wedge\n{wedged.Tail()}");
        Assert.True(await PublishingChannels.SuspendAsync(rabbit) > 0, "no publishing channel to suspend");
        var suspended = DateTime.UtcNow;

        // ExitAfterStall, a quarter of it for the check's interval, the host's 30 s shutdown and the hard stop behind it.
        var code = await wedged.WaitForExitAsync(ExitAfterStall + TimeSpan.FromSeconds(75));
        var exitedAfter = DateTime.UtcNow - suspended;
        await before.StopAsync();
        await PublishingChannels.ResumeAsync(rabbit);

        Assert.Equal(75, code);
        Assert.True(wedged.HasLogged("although RabbitMQ accepts connections; stopping this instance with exit code 75"), $"no reason logged for the exit\n{wedged.Tail()}");
        Assert.True(exitedAfter >= ExitAfterStall, $"exited {exitedAfter} after the wedge began, sooner than Intake:ExitAfterStall");
        Assert.DoesNotContain(before.Results, r => r.Code is "AA" && r.At > suspended + HandoffTimeout);

        // The supervisor's part: a fresh process with the same settings.
        await using var fresh = await HubProcess.StartAsync(settings);
        var after = new RecordingSender(fresh.MllpPort, connections: 2, prefix: "WDF");
        var restarted = DateTime.UtcNow;
        after.Start();
        await after.WaitForAaAsync(20, since: restarted, TimeSpan.FromSeconds(60), $"no AA from the fresh process\n{fresh.Tail()}");
        await after.StopAsync();

        var results = before.Results.Concat(after.Results).ToArray();
        Assert.DoesNotContain(results, r => r.Code is "MISMATCH" or "AR");
        var acknowledged = results.Where(r => r.Code == "AA").Select(r => r.ControlId).ToHashSet();
        var tally = await StoreWaits.TallyAsync(settings["Postgres:ConnectionString"], acknowledged);
        output.WriteLine($"sent {results.Length}, AA {acknowledged.Count} (wedged process {before.Count("AA")}), AE {results.Count(r => r.Code == "AE")}, unanswered {results.Count(r => r.Code is null)}, exited {exitedAfter.TotalSeconds:F1} s after the wedge began, stored {tally.Stored}, lost {tally.Lost.Length}, duplicates {tally.Duplicated.Length}");
        tally.AssertEachStoredExactlyOnce();
    }
}
