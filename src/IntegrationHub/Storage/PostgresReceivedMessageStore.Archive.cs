using IntegrationHub.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Storage;

internal sealed partial class PostgresReceivedMessageStore
{
    private const string MessageColumns = "message_id, sending_application, sending_facility, control_id, message_type, version, content_hash, raw, received_at, ack, partition_key";

    public async Task<IReadOnlyList<MessageSummary>> SearchAsync(MessageQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select message_id, sending_application, sending_facility, control_id, message_type, received_at, trace_id
            from received_messages
            where ($1::text is null or sending_application = $1)
              and ($2::text is null or sending_facility = $2)
              and ($3::text is null or control_id = $3)
              and ($4::text is null or message_type = $4)
              and ($5::timestamptz is null or received_at >= $5)
            order by received_at desc
            limit $6
            """);
        command.Parameters.Add(Text(query.SendingApplication));
        command.Parameters.Add(Text(query.SendingFacility));
        command.Parameters.Add(Text(query.ControlId));
        command.Parameters.Add(Text(query.MessageType));
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Since?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<MessageSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new MessageSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return found;
    }

    public async Task<Hl7MessageReceived?> GetAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {MessageColumns} from received_messages where message_id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadMessage(reader) : null;
    }

    public async Task RecordFailureAsync(Hl7MessageReceived message, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            insert into failed_messages ({MessageColumns}, reason)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict (message_id) do update
            set reason = excluded.reason, failed_at = now(), attempts = failed_messages.attempts + 1, replayed_at = null
            """);
        AddMessageParameters(command.Parameters, message);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reason });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FailedMessage>> ListFailuresAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {MessageColumns}, reason, failed_at, attempts from failed_messages where replayed_at is null order by received_at limit $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var failures = new List<FailedMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            failures.Add(new FailedMessage(ReadMessage(reader), reader.GetString(11), reader.GetFieldValue<DateTimeOffset>(12), reader.GetInt32(13)));
        }

        return failures;
    }

    public async Task ResolveFailureAsync(Guid messageId, DateTimeOffset failedAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("update failed_messages set replayed_at = now() where message_id = $1 and failed_at = $2 and replayed_at is null");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = messageId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = failedAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Hl7MessageReceived ReadMessage(NpgsqlDataReader reader) => new()
    {
        MessageId = reader.GetGuid(0),
        SendingApplication = reader.GetString(1),
        SendingFacility = reader.GetString(2),
        ControlId = reader.GetString(3),
        MessageType = reader.GetString(4),
        Version = reader.GetString(5),
        ContentHash = reader.GetString(6),
        Raw = (byte[])reader[7],
        ReceivedAt = reader.GetFieldValue<DateTimeOffset>(8),
        Ack = (byte[])reader[9],
        PartitionKey = reader.GetString(10),
    };

    /// <summary>Adds the <see cref="MessageColumns"/> of <paramref name="message"/> as $1..$11, in their order.</summary>
    private static void AddMessageParameters(NpgsqlParameterCollection parameters, Hl7MessageReceived message)
    {
        parameters.Add(new NpgsqlParameter<Guid> { TypedValue = message.MessageId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.SendingApplication });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.SendingFacility });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.ControlId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.MessageType });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.Version });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.ContentHash });
        parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = message.Raw, NpgsqlDbType = NpgsqlDbType.Bytea });
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = message.ReceivedAt.ToUniversalTime() });
        parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = message.Ack, NpgsqlDbType = NpgsqlDbType.Bytea });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = message.PartitionKey });
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
