using IntegrationHub.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Storage;

internal sealed partial class PostgresReceivedMessageStore : IPatientTimeline
{
    private const string TimelineSchema = """
        create table if not exists patient_timeline (
            message_id     uuid primary key,
            seq            bigint generated always as identity,
            partition_key  text not null,
            event          text not null,
            event_code     text not null,
            occurred_at    timestamptz,
            received_at    timestamptz not null,
            applied_at     timestamptz not null default now()
        );
        create index if not exists patient_timeline_patient on patient_timeline (partition_key, seq);
        """;

    public async Task AppendAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var patientEvent in events)
        {
            var insert = new NpgsqlBatchCommand("""
                insert into patient_timeline (message_id, partition_key, event, event_code, occurred_at, received_at)
                values ($1, $2, $3, $4, $5, $6) on conflict do nothing
                """);
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = patientEvent.PartitionKey });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = patientEvent.GetType().Name });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = patientEvent.EventCode });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)patientEvent.OccurredAt?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = patientEvent.ReceivedAt.ToUniversalTime() });
            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(string partitionKey, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select seq, message_id, event, event_code, occurred_at, received_at from patient_timeline
            where partition_key = $1 order by seq limit $2
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = partitionKey });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TimelineEntry(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return entries;
    }
}
