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

    // The whole batch in one statement, rows in the events' order (the identity column numbers them as inserted).
    private const string AppendEvents = """
        insert into patient_timeline (message_id, partition_key, event, event_code, occurred_at, received_at)
        select m, k, e, c, o, r
        from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[]) with ordinality as t(m, k, e, c, o, r, n)
        order by n
        on conflict do nothing
        """;

    public async Task AppendAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(AppendEvents);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.MessageId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.PartitionKey)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.GetType().Name)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.EventCode)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?[]> { TypedValue = [.. events.Select(e => e.OccurredAt?.ToUniversalTime())], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. events.Select(e => e.ReceivedAt.ToUniversalTime())], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(cancellationToken);
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
