using IntegrationHub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// Two hub processes share the work; one is SIGKILLed mid-stream. Its partitions fail over to the survivor
/// (single active consumer), RabbitMQ redelivers what it had not finished, and every message either instance
/// acknowledged is stored exactly once.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class HubCrashTests(RealServicesFixture services, ITestOutputHelper output)
{
    [Fact]
    public async Task KilledInstanceLosesNoAcknowledgedMessageAndTheOtherCarriesOn()
    {
        var settings = await services.IsolatedSettingsAsync("crash");
        settings["RabbitMq:Partitions"] = "8";
        await using var victim = await HubProcess.StartAsync(settings);
        await using var survivor = await HubProcess.StartAsync(settings);
        var toVictim = new RecordingSender(victim.MllpPort, connections: 3, prefix: "KV");
        var toSurvivor = new RecordingSender(survivor.MllpPort, connections: 3, prefix: "KS");

        toVictim.Start();
        toSurvivor.Start();
        await Task.Delay(TimeSpan.FromSeconds(4));
        victim.Kill();
        var killed = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(5));
        await toVictim.StopAsync();
        await toSurvivor.StopAsync();

        var results = toVictim.Results.Concat(toSurvivor.Results).ToArray();
        var acknowledged = results.Where(r => r.Code == "AA").Select(r => r.ControlId).ToHashSet();
        var tally = await StoreWaits.TallyAsync(settings["Postgres:ConnectionString"], acknowledged);
        output.WriteLine($"sent {results.Length}, AA {acknowledged.Count} (killed instance {toVictim.Count("AA")}), unanswered {results.Count(r => r.Code is null)}, stored {tally.Stored}, lost {tally.Lost.Length}, duplicates {tally.Duplicated.Length}");

        Assert.True(toVictim.Count("AA") > 0, "the killed instance never took a message");
        Assert.Contains(toSurvivor.Results, r => r.Code == "AA" && r.At > killed.AddSeconds(2));
        tally.AssertEachStoredExactlyOnce();
    }
}
