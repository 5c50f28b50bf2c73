using System.Globalization;
using IntegrationHub.Contracts;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Storage;

internal sealed partial class SqliteReceivedMessageStore
{
    public async Task<IReadOnlyList<MessageSummary>> SearchAsync(MessageQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            select message_id, sending_application, sending_facility, control_id, message_type, received_at, trace_id
            from received_messages
            where ($1 is null or sending_application = $1)
              and ($2 is null or sending_facility = $2)
              and ($3 is null or control_id = $3)
              and ($4 is null or message_type = $4)
              and ($5 is null or received_at >= $5)
            order by received_at desc
            limit $6
            """;
        command.Parameters.AddWithValue("$1", (object?)query.SendingApplication ?? DBNull.Value);
        command.Parameters.AddWithValue("$2", (object?)query.SendingFacility ?? DBNull.Value);
        command.Parameters.AddWithValue("$3", (object?)query.ControlId ?? DBNull.Value);
        command.Parameters.AddWithValue("$4", (object?)query.MessageType ?? DBNull.Value);
        command.Parameters.AddWithValue("$5", (object?)query.Since?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$6", query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<MessageSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new MessageSummary(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return found;
    }

    public async Task<Hl7MessageReceived?> GetAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {Columns} from received_messages where message_id = $1";
        command.Parameters.AddWithValue("$1", messageId.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadMessage(reader) : null;
    }

    public async Task RecordFailureAsync(Hl7MessageReceived message, string reason, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                insert into failed_messages ({Columns}, reason, failed_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                on conflict (message_id) do update set reason = excluded.reason, failed_at = excluded.failed_at, attempts = attempts + 1, replayed_at = null
                """;
            AddMessageParameters(command, message);
            command.Parameters.AddWithValue("$12", reason);
            command.Parameters.AddWithValue("$13", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<FailedMessage>> ListFailuresAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {Columns}, reason, failed_at, attempts from failed_messages where replayed_at is null order by received_at limit $1";
        command.Parameters.AddWithValue("$1", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var failures = new List<FailedMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            failures.Add(new FailedMessage(ReadMessage(reader), reader.GetString(11), DateTimeOffset.Parse(reader.GetString(12), CultureInfo.InvariantCulture), reader.GetInt32(13)));
        }

        return failures;
    }

    public async Task ResolveFailureAsync(Guid messageId, DateTimeOffset failedAt, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "update failed_messages set replayed_at = $3 where message_id = $1 and failed_at = $2 and replayed_at is null";
            command.Parameters.AddWithValue("$1", messageId.ToString());
            command.Parameters.AddWithValue("$2", failedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$3", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Reads the <see cref="Columns"/> of one row, in their order.</summary>
    private static Hl7MessageReceived ReadMessage(SqliteDataReader reader) => new()
    {
        MessageId = Guid.Parse(reader.GetString(0)),
        SendingApplication = reader.GetString(1),
        SendingFacility = reader.GetString(2),
        ControlId = reader.GetString(3),
        MessageType = reader.GetString(4),
        Version = reader.GetString(5),
        ContentHash = reader.GetString(6),
        Raw = (byte[])reader[7],
        ReceivedAt = DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
        Ack = (byte[])reader[9],
        PartitionKey = reader.GetString(10),
    };
}
