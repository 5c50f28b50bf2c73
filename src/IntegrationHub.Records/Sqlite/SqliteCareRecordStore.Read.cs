using IntegrationHub.Records.Applying;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    private const string Columns = "resource_type, id, version_id, last_updated, patient_id, deleted, resource";

    // A version with the compartment of the current one: a version written before a merge belongs to the survivor now.
    private const string SelectVersions = """
        select h.resource_type, h.id, h.version_id, h.last_updated, r.patient_id, h.deleted, h.resource
        from fhir_history h left join fhir_resources r on r.resource_type = h.resource_type and r.id = h.id
        where h.resource_type = $1 and h.id = $2
        """;

    // The compartment, then the shared resources it references (practitioners, organisations, locations), found
    // through their _shared index rows by primary-key lookups (a target is Type/id).
    private const string Everything = PortableSql.EverythingSources + """
        select resource_type, id, version_id, last_updated, patient_id, deleted, resource, case when resource_type = 'Patient' then 0 else 1 end as o
        from c
        union all
        select r.resource_type, r.id, r.version_id, r.last_updated, r.patient_id, r.deleted, r.resource, 2
        from refs join fhir_resources r
            on r.resource_type = substr(refs.target, 1, instr(refs.target, '/') - 1) and r.id = substr(refs.target, instr(refs.target, '/') + 1)
        where not r.deleted
        order by o, resource_type, id
        """;

    public async Task<StoredResource?> ReadAsync(string resourceType, string id, CancellationToken cancellationToken) =>
        FirstOrNull(await QueryAsync($"select {Columns} from fhir_resources where resource_type = $1 and id = $2", cancellationToken, resourceType, id));

    public async Task<StoredResource?> ReadVersionAsync(string resourceType, string id, int versionId, CancellationToken cancellationToken) =>
        FirstOrNull(await QueryAsync(SelectVersions + " and h.version_id = $3", cancellationToken, resourceType, id, versionId));

    public async Task<IReadOnlyList<StoredResource>> HistoryAsync(string resourceType, string id, int count, CancellationToken cancellationToken) =>
        await QueryAsync(SelectVersions + " order by h.version_id desc limit $3", cancellationToken, resourceType, id, count);

    public async Task<IReadOnlyList<StoredResource>> EverythingAsync(string patientId, CancellationToken cancellationToken) =>
        await QueryAsync(Everything, cancellationToken, patientId);

    public async Task<string?> FindPatientAsync(string system, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // A deferred (read) transaction: the identifier and the merge chain are read from one snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = Command(connection, transaction, PortableSql.FindPatientByIdentifier, system, value);
        return await command.ExecuteScalarAsync(cancellationToken) is string id
            ? await PatientMatch.FollowMergesAsync(id, next => ReplacedByAsync(connection, transaction, next, cancellationToken))
            : null;
    }

    public async Task<PatientAccessFacts?> GetPatientFactsAsync(string patientId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, PortableSql.SelectPatientFacts, patientId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new PatientAccessFacts(patientId, NullableString(reader, 0), NullableString(reader, 1));
    }

    public async Task AuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await WriteTransactionAsync(
            async transaction =>
            {
                foreach (var entry in entries)
                {
                    await ExecuteAsync(transaction, PortableSql.InsertAudit, cancellationToken, Ticks(entry.At), entry.Client, entry.Organisation, entry.Action, entry.Request, entry.PatientId, entry.ResourceType, entry.ResourceId, entry.Status);
                }

                return true;
            },
            cancellationToken);
    }

    private static StoredResource? FirstOrNull(List<StoredResource> rows) => rows.Count > 0 ? rows[0] : null;

    private static StoredResource ReadRow(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt32(2),
        Time(reader.GetInt64(3)),
        StoredRows.NullableString(reader, 4),
        reader.GetBoolean(5),
        reader.GetString(6));

    /// <summary>Runs a query on its own connection and reads every row as a stored resource.</summary>
    private async Task<List<StoredResource>> QueryAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, values);
        return await ReadAllAsync(command, cancellationToken);
    }

    private static Task<List<StoredResource>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken) => StoredRows.ReadAllAsync(command, ReadRow, cancellationToken);
}
