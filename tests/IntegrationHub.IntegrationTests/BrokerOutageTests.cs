using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Testing;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// RabbitMQ stops while PAS systems are sending: no message may be given AA unless the broker confirmed it, the
/// senders must be told promptly (AE), and after RabbitMQ returns the hub recovers by itself and every AA'd
/// message reaches PostgreSQL exactly once.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class BrokerOutageTests(RealServicesFixture services, ITestOutputHelper output)
{
    private static readonly TimeSpan HandoffTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task NoAaWithoutABrokerConfirmAndEveryAaIsStoredExactlyOnceAfterRabbitMqReturns()
    {
        // A private RabbitMQ: restarting the shared one would also restart every quorum queue the other tests
        // left in it, and make this test measure their recovery rather than the hub's.
        await using var rabbit = new RabbitMqServer();
        await rabbit.StartAsync();
        var settings = await services.PrivateBrokerSettingsAsync("outage", rabbit, HandoffTimeout);
        await using var hub = await HubInstance.StartAsync(settings);
        var sender = new RecordingSender(hub.MllpPort, connections: 4, prefix: "OUT");

        sender.Start();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var stopping = DateTime.UtcNow;
        await rabbit.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await rabbit.StartAsync();
        var restarted = DateTime.UtcNow;

        // Keep sending until the hub has been taking messages again for a while.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && sender.Results.Count(r => r.At > restarted && r.Code == "AA") < 50)
        {
            await Task.Delay(200);
        }

        await sender.StopAsync();
        var results = sender.Results.ToArray();
        var acknowledged = results.Where(r => r.Code == "AA").Select(r => r.ControlId).ToHashSet();
        var refused = results.Where(r => r.Code == "AE").ToArray();

        Assert.True(refused.Length > 0, "the outage was never reported to a sender");
        Assert.DoesNotContain(results, r => r.Code is "MISMATCH" or "AR");
        Assert.All(refused, r => Assert.True(r.Latency < HandoffTimeout + TimeSpan.FromSeconds(3), $"AE for {r.ControlId} took {r.Latency}"));
        Assert.True(results.Count(r => r.At > restarted && r.Code == "AA") >= 50, await NotRecoveredAsync(hub, rabbit, results, restarted));
        Assert.Contains(results, r => r.At < stopping && r.Code == "AA");

        var tally = await StoreWaits.TallyAsync(settings["Postgres:ConnectionString"], acknowledged);
        output.WriteLine($"sent {results.Length}, AA {acknowledged.Count}, AE {refused.Length}, unanswered {results.Count(r => r.Code is null)}, stored {tally.Stored}, lost {tally.Lost.Length}, duplicates {tally.Duplicated.Length}");
        tally.AssertEachStoredExactlyOnce();
    }

    /// <summary>What the senders got after the restart, what the hub's readiness check says and what the broker says of its queues: why the hub did not recover.</summary>
    private static async Task<string> NotRecoveredAsync(HubInstance hub, RabbitMqServer rabbit, IReadOnlyCollection<(string ControlId, string? Code, TimeSpan Latency, DateTime At)> results, DateTime restarted)
    {
        var after = results.Where(r => r.At > restarted).ToArray();
        var codes = string.Join(", ", after.GroupBy(r => r.Code ?? "no answer").Select(g => $"{g.Key} {g.Count()}"));
        string readiness;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var response = await http.GetAsync(new Uri(hub.Http, "/health/ready"));
            readiness = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            readiness = ex.GetType().Name;
        }

        var queues = await rabbit.RunCtlAsync("list_queues", "name", "type", "state", "messages", "consumers");
        var connections = await rabbit.RunCtlAsync("list_connections", "name", "state", "channels");
        var channels = await rabbit.RunCtlAsync("list_channels", "name", "confirm", "messages_unconfirmed", "messages_unacknowledged", "consumer_count");
        return $"the hub did not recover after RabbitMQ came back: after the restart {codes}; /health/ready: {readiness}\n"
            + $"queues:\n{queues}\nconnections:\n{connections}\nchannels:\n{channels}\nhub log:\n{hub.Log.Tail()}\nbroker log:\n{rabbit.LogTail()}";
    }
}
