using System.Globalization;
using IntegrationHub.Contracts;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Storage;

internal sealed partial class SqliteReceivedMessageStore : IPatientTimeline
{
    private const string TimelineSchema = """
        create table if not exists patient_timeline (
            seq            integer primary key autoincrement,
            message_id     text not null unique,
            partition_key  text not null,
            event          text not null,
            event_code     text not null,
            occurred_at    text,
            received_at    text not null,
            applied_at     text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        create index if not exists patient_timeline_patient on patient_timeline (partition_key, seq);
        """;

    public async Task AppendAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var patientEvent in events)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    insert or ignore into patient_timeline (message_id, partition_key, event, event_code, occurred_at, received_at)
                    values ($1, $2, $3, $4, $5, $6)
                    """;
                insert.Parameters.AddWithValue("$1", patientEvent.MessageId.ToString());
                insert.Parameters.AddWithValue("$2", patientEvent.PartitionKey);
                insert.Parameters.AddWithValue("$3", patientEvent.GetType().Name);
                insert.Parameters.AddWithValue("$4", patientEvent.EventCode);
                insert.Parameters.AddWithValue("$5", (object?)patientEvent.OccurredAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$6", patientEvent.ReceivedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(string partitionKey, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            select seq, message_id, event, event_code, occurred_at, received_at from patient_timeline
            where partition_key = $1 order by seq limit $2
            """;
        command.Parameters.AddWithValue("$1", partitionKey);
        command.Parameters.AddWithValue("$2", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TimelineEntry(
                reader.GetInt64(0),
                Guid.Parse(reader.GetString(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return entries;
    }
}
