using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.IntegrationTests;

/// <summary>The hub with nothing configured: in-memory transport, SQLite files, still durable before AA.</summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hub-embedded-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "hub.db");

    private string CareRecordPath => Path.Combine(_folder, "care-record.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task MessagesAreAcknowledgedAndStoredWithNoExternalServices()
    {
        await using var hub = await HubInstance.StartAsync(new Dictionary<string, string> { ["Embedded:DatabasePath"] = DatabasePath });
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);
        var messages = SampleMessages.Batch("EMB", 25, patients: 5);
        foreach (var (controlId, bytes) in messages)
        {
            var ack = Encoding.Latin1.GetString((await client.SendAsync(bytes))!);
            Assert.Contains($"MSA|AA|{controlId}", ack);
        }

        var stored = await WaitForAsync(() => Count("received_messages"), messages.Count);
        Assert.Equal(messages.Count, stored);
        Assert.Equal(0, Count("intake_journal"));

        // The care record is the embedded SQLite file beside hub.db: every event applied, the patients served by /fhir
        // (development mode: loopback, no key configured).
        Assert.Equal(messages.Count, await WaitForAsync(() => Count("applied_messages", CareRecordPath), messages.Count));
        using var http = new HttpClient { BaseAddress = hub.Http };
        using var patients = JsonDocument.Parse(await http.GetStringAsync("/fhir/Patient?family=smith"));
        Assert.Equal(5, patients.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task JournalledMessagesNotYetStoredAtShutdownAreStoredAtTheNextStart()
    {
        // A message acknowledged from the journal whose store never ran (the process died in between).
        await using (var first = await HubInstance.StartAsync(new Dictionary<string, string> { ["Embedded:DatabasePath"] = DatabasePath }))
        {
        }

        var raw = Encoding.Latin1.GetBytes(SampleMessages.Adt("JRN00001", 1));
        using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "insert into intake_journal (message_id, sending_application, sending_facility, control_id, message_type, version, content_hash, raw, received_at, ack, partition_key) values ($id, 'PAS', 'RX1', 'JRN00001', 'ADT^A01', '2.4', 'abc', $raw, '2026-01-01T12:00:00.0000000+00:00', $ack, 'test-partition')";
            insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            insert.Parameters.AddWithValue("$raw", raw);
            insert.Parameters.AddWithValue("$ack", "MSH|^~\\&|HUB|HUB|PAS|RX1|20260101120000||ACK^A01^ACK|H1|P|2.4\rMSA|AA|JRN00001\r"u8.ToArray());
            insert.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        await using var second = await HubInstance.StartAsync(new Dictionary<string, string> { ["Embedded:DatabasePath"] = DatabasePath });

        Assert.Equal(1, await WaitForAsync(() => Count("received_messages where control_id = 'JRN00001'"), 1));
        Assert.Equal(0, Count("intake_journal"));
    }

    private long Count(string from, string? database = null)
    {
        using var connection = new SqliteConnection($"Data Source={database ?? DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) from {from}";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task<long> WaitForAsync(Func<long> count, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long value;
        while ((value = count()) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return value;
    }
}
