using System.Globalization;
using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Npgsql;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// Issue 5's routing promises on two hub processes sharing one RabbitMQ and one PostgreSQL: thousands of
/// interleaved events for hundreds of patients, sent concurrently to both, come out of the pipeline (the
/// patient timeline view) in exactly each patient's sending order; then a burst resending a random subset of
/// the same messages, to either instance, gets the original ACKs byte for byte and changes nothing.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class TwoInstanceOrderingTests(RealServicesFixture services, ITestOutputHelper output)
{
    private const int Patients = 240;
    private const int Connections = 8;

    // Each patient's story, in sending order: admissions, transfers, updates, discharges, a readmission.
    private static readonly string[] Story = ["A01", "A02", "A08", "A02", "A08", "A03", "A08", "A01", "A02", "A03"];

    [Fact]
    public async Task EveryPatientsEventsComeOutInSendingOrderAndResendsChangeNothing()
    {
        var settings = await services.IsolatedSettingsAsync("two");
        settings["RabbitMq:Partitions"] = "8";
        var database = settings["Postgres:ConnectionString"];
        await using var first = await HubProcess.StartAsync(settings);
        await using var second = await HubProcess.StartAsync(settings);
        int[] ports = [first.MllpPort, second.MllpPort];

        // Patient p is always sent on connection p % 8 (half the connections to each instance), one message at a
        // time with its ACK awaited: that fixes each patient's sending order while all patients interleave.
        var sent = new Dictionary<string, (byte[] Message, byte[] Ack)>();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async connection =>
        {
            await using var client = await MllpClient.ConnectAsync("127.0.0.1", ports[connection % 2]);
            for (var step = 0; step < Story.Length; step++)
            {
                for (var patient = connection; patient < Patients; patient += Connections)
                {
                    var controlId = ControlId(patient, step);
                    var message = Encoding.Latin1.GetBytes(SampleMessages.Adt(controlId, patient, Story[step]));
                    var ack = (await client.SendAsync(message))!;
                    Assert.Contains($"MSA|AA|{controlId}", Encoding.Latin1.GetString(ack));
                    lock (sent)
                    {
                        sent.Add(controlId, (message, ack));
                    }
                }
            }
        }));

        var total = Patients * Story.Length;
        var timeline = await WaitForTimelineAsync(database, total);
        output.WriteLine($"sent {sent.Count} to two instances, in the timeline {timeline.Count}");
        AssertEachPatientInSendingOrder(timeline);

        // The duplicate burst: a random tenth of the messages again, each to a random instance.
        var random = new Random(20261124);
        var resends = sent.Keys.OrderBy(_ => random.Next()).Take(total / 10).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async connection =>
        {
            await using var client = await MllpClient.ConnectAsync("127.0.0.1", ports[connection % 2]);
            for (var i = connection; i < resends.Length; i += 4)
            {
                var (message, originalAck) = sent[resends[i]];
                var ack = (await client.SendAsync(message))!;
                Assert.True(originalAck.AsSpan().SequenceEqual(ack), $"{resends[i]}: the resend was not answered with the original ACK");
            }
        }));

        // Give anything a resend might (wrongly) have started time to land, then check nothing changed.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = await ReadTimelineAsync(database);
        Assert.Equal(total, after.Count);
        Assert.Equal(total, await CountAsync(database, "received_messages"));
        AssertEachPatientInSendingOrder(after);
    }

    private static string ControlId(int patient, int step) => string.Create(CultureInfo.InvariantCulture, $"TWO{patient:D3}-{step:D2}");

    private static void AssertEachPatientInSendingOrder(List<(string ControlId, string EventCode)> timeline)
    {
        var byPatient = timeline.GroupBy(entry => entry.ControlId[..6]).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Patients, byPatient.Count);
        foreach (var (patient, events) in byPatient)
        {
            var steps = events.Select(e => int.Parse(e.ControlId[7..], CultureInfo.InvariantCulture)).ToArray();
            Assert.True(steps.SequenceEqual(Enumerable.Range(0, Story.Length)), $"{patient}: events applied in order {string.Join(",", steps)}");
            Assert.Equal(Story.Select(trigger => "ADT^" + trigger), events.Select(e => e.EventCode));
        }
    }

    private static async Task<List<(string ControlId, string EventCode)>> WaitForTimelineAsync(string database, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var timeline = await ReadTimelineAsync(database);
            if (timeline.Count >= expected || DateTime.UtcNow > deadline)
            {
                return timeline;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The timeline in the order the view applied it, with each event's control id.</summary>
    private static async Task<List<(string ControlId, string EventCode)>> ReadTimelineAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select m.control_id, t.event_code from patient_timeline t join received_messages m using (message_id) order by t.seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var timeline = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            timeline.Add((reader.GetString(0), reader.GetString(1)));
        }

        return timeline;
    }

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
