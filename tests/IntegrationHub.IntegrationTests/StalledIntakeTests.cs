using System.Net;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Testing;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// RabbitMQ is up and the hub stays connected, but its publishes are no longer confirmed (the state a broker restart
/// once left it in). Senders must still hear AE within the hand-off timeout; <c>/health/ready</c> must say intake is
/// stalled and <c>/health/live</c> that the process is wedged (so a supervisor restarts it); once publishes are
/// confirmed again the hub takes messages by itself, and nothing it acknowledged is lost or stored twice.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class StalledIntakeTests(RealServicesFixture services, ITestOutputHelper output)
{
    private static readonly TimeSpan HandoffTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task UnconfirmedPublishesWithRabbitMqUpAreAnsweredPromptlyReportedAsAWedgeAndLoseNothing()
    {
        await using var rabbit = new RabbitMqServer();
        await rabbit.StartAsync();
        var settings = await services.PrivateBrokerSettingsAsync("stall", rabbit, HandoffTimeout);
        settings["Intake:StallAfter"] = StallAfter.ToString();

        // This test is about what the health endpoints say; WedgedHubExitTests has the hub stop itself.
        settings["Intake:ExitAfterStall"] = TimeSpan.Zero.ToString();
        await using var hub = await HubInstance.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = hub.Http, Timeout = TimeSpan.FromSeconds(10) };
        var sender = new RecordingSender(hub.MllpPort, connections: 2, prefix: "STL");

        sender.Start();
        await sender.WaitForAaAsync(20, since: DateTime.MinValue, TimeSpan.FromSeconds(30), "no AA before the stall");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/health/live")).Status);
        Assert.True(await PublishingChannels.SuspendAsync(rabbit) > 0, "no publishing channel to suspend");
        var stalled = DateTime.UtcNow;

        // While stalled: readiness and then liveness must say so, with the reason.
        var ready = await PollAsync(http, "/health/ready", body => body.Contains("\"intake\":{\"status\":\"Unhealthy\"", StringComparison.Ordinal), StallAfter + TimeSpan.FromSeconds(20));
        var live = await PollAsync(http, "/health/live", body => body.Contains("\"intake-stalled\":{\"status\":\"Unhealthy\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, live.Status);
        Assert.Contains("although RabbitMQ accepts connections", live.Body, StringComparison.Ordinal);
        var inStall = sender.Results.Where(r => r.At > stalled + HandoffTimeout).ToArray();
        Assert.NotEmpty(inStall);
        Assert.All(inStall, r => Assert.True(r.Code == "AE" && r.Latency < HandoffTimeout + TimeSpan.FromSeconds(3), $"{r.ControlId}: {r.Code ?? "no answer"} after {r.Latency}"));

        // The broker serves the channels again: intake resumes by itself and liveness recovers.
        await PublishingChannels.ResumeAsync(rabbit);
        var resumed = DateTime.UtcNow;
        await sender.WaitForAaAsync(20, since: resumed, TimeSpan.FromSeconds(60), $"no AA after the channels were resumed\n{hub.Log.Tail()}");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/health/live")).Status);
        await sender.StopAsync();

        var results = sender.Results.ToArray();
        Assert.DoesNotContain(results, r => r.Code is "MISMATCH" or "AR");
        var acknowledged = results.Where(r => r.Code == "AA").Select(r => r.ControlId).ToHashSet();
        var tally = await StoreWaits.TallyAsync(settings["Postgres:ConnectionString"], acknowledged);
        output.WriteLine($"sent {results.Length}, AA {acknowledged.Count}, AE {results.Count(r => r.Code == "AE")}, stored {tally.Stored}, lost {tally.Lost.Length}, duplicates {tally.Duplicated.Length}");
        tally.AssertEachStoredExactlyOnce();
    }

    private static async Task<(HttpStatusCode Status, string Body)> PollAsync(HttpClient http, string path, Func<string, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var answer = await GetAsync(http, path);
            if (until(answer.Body))
            {
                return answer;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not report the stall within {timeout}: {(int)answer.Status} {answer.Body}");
            await Task.Delay(250);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
