using System.Data.Common;
using IntegrationHub.Records.Applying;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    private const string Columns = "resource_type, id, version_id, last_updated, patient_id, deleted, resource::text";

    // The compartment, then the shared resources it references (practitioners, organisations, locations), found
    // through their _shared index rows (written with each version) by primary-key lookups.
    private const string Everything = PortableSql.EverythingSources + """
        select resource_type, id, version_id, last_updated, patient_id, deleted, resource::text, case when resource_type = 'Patient' then 0 else 1 end as o
        from c
        union all
        select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource::text, 2
        from refs join fhir_resources r on r.resource_type = split_part(refs.target, '/', 1) and r.id = split_part(refs.target, '/', 2)
        where not r.deleted
        order by o, resource_type, id
        """;

    public async Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from fhir_resources where resource_type = $1 and id = $2");
        command.Parameters.Add(Text(resourceType));
        command.Parameters.Add(Text(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRow(reader) : null;
    }

    public async Task<StoredResource?> ReadVersionAsync(string resourceType, string id, int versionId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select h.resource_type, h.id, h.version_id, h.last_updated, r.patient_id, h.deleted, h.resource::text
            from fhir_history h left join fhir_resources r on r.resource_type = h.resource_type and r.id = h.id
            where h.resource_type = $1 and h.id = $2 and h.version_id = $3
            """);
        command.Parameters.Add(Text(resourceType));
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = versionId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRow(reader) : null;
    }

    public async Task<IReadOnlyList<StoredResource>> HistoryAsync(string resourceType, string id, int count, CancellationToken cancellationToken)
    {
        // The compartment is the current one: a version written before a merge belongs to the survivor now.
        await using var command = dataSource.CreateCommand("""
            select h.resource_type, h.id, h.version_id, h.last_updated, r.patient_id, h.deleted, h.resource::text
            from fhir_history h left join fhir_resources r on r.resource_type = h.resource_type and r.id = h.id
            where h.resource_type = $1 and h.id = $2 order by h.version_id desc limit $3
            """);
        command.Parameters.Add(Text(resourceType));
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredResource>> EverythingAsync(string patientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Everything);
        command.Parameters.Add(Text(patientId));
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<string?> FindPatientAsync(string system, string value, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PortableSql.FindPatientByIdentifier, connection, transaction);
        command.Parameters.Add(Text(system));
        command.Parameters.Add(Text(value));
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? await PatientMatch.FollowMergesAsync(id, next => ReplacedByAsync(connection, transaction, next, cancellationToken)) : null;
    }

    public async Task<PatientAccessFacts?> GetPatientFactsAsync(string patientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(PortableSql.SelectPatientFacts);
        command.Parameters.Add(Text(patientId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new PatientAccessFacts(patientId, reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public async Task AuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        var batch = dataSource.CreateBatch();
        await using (batch)
        {
            foreach (var entry in entries)
            {
                var command = new NpgsqlBatchCommand(PortableSql.InsertAudit);
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.At });
                command.Parameters.Add(Text(entry.Client));
                command.Parameters.Add(NullableText(entry.Organisation));
                command.Parameters.Add(Text(entry.Action));
                command.Parameters.Add(Text(entry.Request));
                command.Parameters.Add(NullableText(entry.PatientId));
                command.Parameters.Add(NullableText(entry.ResourceType));
                command.Parameters.Add(NullableText(entry.ResourceId));
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Status });
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static StoredResource ReadRow(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt32(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetBoolean(5),
        reader.GetString(6));

    private static Task<List<StoredResource>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken) => StoredRows.ReadAllAsync(command, ReadRow, cancellationToken);
}
