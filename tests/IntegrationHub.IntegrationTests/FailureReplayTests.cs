using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Cli.Commands;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Npgsql;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// A store that fails for good (a migration gone wrong: its table renamed away) puts messages on the failures
/// list with the reason; ops see them, fix the cause, replay them, and each lands once, in the patient's order.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class FailureReplayTests(RealServicesFixture services)
{
    [Fact]
    public async Task FailedMessagesAreVisibleWithTheirReasonAndAReplayAfterTheFixLandsOnceInOrder()
    {
        var settings = await services.IsolatedSettingsAsync("replay");
        settings["Retry:Limit"] = "1";
        settings["Retry:MinInterval"] = "00:00:00.050";
        settings["Retry:MaxInterval"] = "00:00:00.100";
        var database = settings["Postgres:ConnectionString"];
        await using var hub = await HubInstance.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = hub.Http };
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);

        async Task SendAsync(int sequence)
        {
            var controlId = string.Create(CultureInfo.InvariantCulture, $"RPL-{sequence:D2}");
            var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(SampleMessages.Adt(controlId, 42, "A08"))))!);
            Assert.Contains($"MSA|AA|{controlId}", ack);
        }

        for (var i = 0; i < 5; i++)
        {
            await SendAsync(i);
        }

        await WaitUntilAsync(async () => (await ControlIdsInStoreOrderAsync(database)).Count == 5);
        await ExecuteAsync(database, "alter table received_messages rename to received_messages_away");
        for (var i = 5; i < 8; i++)
        {
            await SendAsync(i);
        }

        JsonElement failures = default;
        await WaitUntilAsync(async () => (failures = await http.GetFromJsonAsync<JsonElement>(new Uri("/ops/failures", UriKind.Relative))).GetProperty("count").GetInt32() == 3);
        Assert.All(failures.GetProperty("failures").EnumerateArray(), f => Assert.Contains("received_messages", f.GetProperty("reason").GetString()));
        Assert.Equal(["RPL-05", "RPL-06", "RPL-07"], failures.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("controlId").GetString()));

        await ExecuteAsync(database, "alter table received_messages_away rename to received_messages");
        // The operator's way: hub failures, then hub replay.
        using var listed = new StringWriter();
        Assert.Equal(0, await OpsCommand.FailuresAsync(["--hub", hub.Http.ToString()], listed, CancellationToken.None));
        Assert.Contains("RPL-05", listed.ToString());
        using var replayed = new StringWriter();
        Assert.Equal(0, await OpsCommand.ReplayAsync(["--hub", hub.Http.ToString()], replayed, CancellationToken.None));
        Assert.Equal(3, JsonDocument.Parse(replayed.ToString()).RootElement.GetProperty("replayed").GetInt32());

        List<string> stored = [];
        await WaitUntilAsync(async () => (stored = await ControlIdsInStoreOrderAsync(database)).Count >= 8);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"RPL-{i:D2}")), stored);
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>(new Uri("/ops/failures", UriKind.Relative))).GetProperty("count").GetInt32());

        // And any message can be found and read by ops.
        var found = await http.GetFromJsonAsync<JsonElement>(new Uri("/ops/messages?controlId=RPL-06", UriKind.Relative));
        var id = found.EnumerateArray().Single().GetProperty("messageId").GetGuid();
        var detail = await http.GetFromJsonAsync<JsonElement>(new Uri($"/ops/messages/{id}", UriKind.Relative));
        Assert.Contains("PID|1||", detail.GetProperty("raw").GetString());
        Assert.Contains("MSA|AA|RPL-06", detail.GetProperty("ack").GetString());
    }

    private static async Task<List<string>> ControlIdsInStoreOrderAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select control_id from received_messages where control_id like 'RPL-%' order by seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100);
        }
    }
}
