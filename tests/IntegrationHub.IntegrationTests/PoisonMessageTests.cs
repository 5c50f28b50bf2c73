using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Npgsql;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// A message the mappings cannot turn into an event, in the middle of one patient's sequence. The documented
/// policy: it goes to the failures list with its reason and the patient's later events proceed, in order; other
/// patients never notice. Replayed unfixed, it fails again (attempts counted) and is still not lost.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class PoisonMessageTests(RealServicesFixture services)
{
    [Fact]
    public async Task PoisonGoesToTheFailuresListAndThePatientsLaterEventsProceedInOrder()
    {
        var settings = await services.IsolatedSettingsAsync("poison");
        settings["RabbitMq:Partitions"] = "4";
        var database = settings["Postgres:ConnectionString"];
        await using var hub = await HubInstance.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = hub.Http };
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);

        async Task SendAsync(string controlId, int patient, string trigger)
        {
            var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(SampleMessages.Adt(controlId, patient, trigger))))!);
            Assert.Contains($"MSA|AA|{controlId}", ack);
        }

        // Patient 7's third message is an event no mapping covers; patients 8 and 9 interleave with it.
        string[] story = ["A01", "A02", "A99", "A08", "A03"];
        for (var step = 0; step < story.Length; step++)
        {
            await SendAsync(Id(7, step), 7, story[step]);
            await SendAsync(Id(8, step), 8, step == 2 ? "A08" : story[step]);
            await SendAsync(Id(9, step), 9, step == 2 ? "A08" : story[step]);
        }

        var timeline = await WaitForTimelineAsync(database, 14);
        Assert.Equal(["PSN7-0", "PSN7-1", "PSN7-3", "PSN7-4"], timeline.Where(id => id.StartsWith("PSN7", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, 5).Select(step => Id(8, step)), timeline.Where(id => id.StartsWith("PSN8", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, 5).Select(step => Id(9, step)), timeline.Where(id => id.StartsWith("PSN9", StringComparison.Ordinal)));

        var failure = (await http.GetFromJsonAsync<JsonElement>(new Uri("/ops/failures", UriKind.Relative))).GetProperty("failures").EnumerateArray().Single();
        Assert.Equal("PSN7-2", failure.GetProperty("controlId").GetString());
        Assert.Contains("ADT^A99", failure.GetProperty("reason").GetString());
        Assert.Equal(1, failure.GetProperty("attempts").GetInt32());

        // Replayed without a fix it fails again, visibly, and is still kept.
        var replay = await http.PostAsJsonAsync(new Uri("/ops/failures/replay", UriKind.Relative), Array.Empty<Guid>());
        replay.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement again;
        do
        {
            await Task.Delay(200);
            again = (await http.GetFromJsonAsync<JsonElement>(new Uri("/ops/failures", UriKind.Relative))).GetProperty("failures");
        }
        while (DateTime.UtcNow < deadline && (again.GetArrayLength() == 0 || again[0].GetProperty("attempts").GetInt32() < 2));
        Assert.Equal(2, again.EnumerateArray().Single().GetProperty("attempts").GetInt32());
        Assert.Equal(14, (await ReadTimelineAsync(database)).Count);

        // Ops follow the poison to its patient: the timeline around it, without typing an identifier.
        var poisonId = again[0].GetProperty("messageId").GetGuid();
        var around = await http.GetFromJsonAsync<JsonElement>(new Uri($"/ops/messages/{poisonId}/timeline", UriKind.Relative));
        Assert.Equal(["ADT^A01", "ADT^A02", "ADT^A08", "ADT^A03"], around.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventCode").GetString()));
    }

    private static string Id(int patient, int step) => string.Create(CultureInfo.InvariantCulture, $"PSN{patient}-{step}");

    private static async Task<List<string>> WaitForTimelineAsync(string database, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var timeline = await ReadTimelineAsync(database);
            if (timeline.Count >= expected || DateTime.UtcNow > deadline)
            {
                return timeline;
            }

            await Task.Delay(200);
        }
    }

    private static async Task<List<string>> ReadTimelineAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select m.control_id from patient_timeline t join received_messages m using (message_id) order by t.seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
