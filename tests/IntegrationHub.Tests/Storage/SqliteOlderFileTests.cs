using IntegrationHub.Contracts;
using IntegrationHub.Storage;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Tests.Storage;

/// <summary>A hub started on an embedded database file written by an earlier version brings its tables up to date.</summary>
public sealed class SqliteOlderFileTests : IDisposable
{
    // The tables as an earlier version wrote them: no ACK or partition key on received messages and the journal.
    private const string OlderSchema = """
        create table received_messages (message_id text primary key, sending_application text not null, sending_facility text not null,
            control_id text not null, message_type text not null, version text not null, content_hash text not null, raw blob not null,
            received_at text not null, stored_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), trace_id text, unique (sending_application, sending_facility, control_id, content_hash));
        create table intake_journal (message_id text primary key, sending_application text not null, sending_facility text not null,
            control_id text not null, message_type text not null, version text not null, content_hash text not null, raw blob not null,
            received_at text not null);
        create table failed_messages (message_id text primary key, sending_application text not null, sending_facility text not null,
            control_id text not null, message_type text not null, version text not null, content_hash text not null, raw blob not null,
            received_at text not null, reason text not null, failed_at text not null);
        insert into received_messages values ('00000000-0000-0000-0000-000000000001', 'PAS', 'RXX', 'OLD1', 'ADT^A01', '2.4', 'h1', x'4d5348', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', null);
        insert into intake_journal values ('00000000-0000-0000-0000-000000000002', 'PAS', 'RXX', 'OLD2', 'ADT^A08', '2.4', 'h2', x'4d5348', '2026-01-01T00:00:02Z');
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), "hub-older-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task TheMissingColumnsAreAddedAndTheOlderRowsStayReadable()
    {
        await using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = OlderSchema;
            await command.ExecuteNonQueryAsync();
        }

        using var store = new SqliteReceivedMessageStore(new EmbeddedOptions { DatabasePath = _path });
        await store.MigrateAsync(CancellationToken.None);
        await store.MigrateAsync(CancellationToken.None); // and again: nothing left to add

        // The journalled message from before is still handed on at start-up.
        var pending = Assert.Single(await store.ReadPendingAsync(CancellationToken.None));
        Assert.Equal("OLD2", pending.ControlId);
        // A stored message from before has no ACK to replay: a resend is treated as new (and the store's unique key
        // still keeps the same bytes from being stored twice), never answered with an empty ACK.
        Assert.Null(await store.FindAsync("PAS", "RXX", "OLD1", CancellationToken.None));

        var message = new Hl7MessageReceived
        {
            MessageId = Guid.NewGuid(), Raw = [0x4d, 0x53, 0x48], SendingApplication = "PAS", SendingFacility = "RXX", ControlId = "NEW1",
            MessageType = "ADT^A01", Version = "2.4", ContentHash = "h3", ReceivedAt = DateTimeOffset.UtcNow, PartitionKey = "p", Ack = [1, 2, 3],
        };
        await store.AppendAsync(message, CancellationToken.None);
        var outcome = Assert.Single(await store.StoreAsync([new MessageToStore(message, null)], CancellationToken.None));
        Assert.Equal(StoreOutcome.Stored, outcome);
        Assert.Equal(new byte[] { 1, 2, 3 }, (await store.FindAsync("PAS", "RXX", "NEW1", CancellationToken.None))!.Ack);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
