using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Indexing;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    private const string SelectCurrent = "select version_id, event_time, content_hash, resource, deleted from fhir_resources where resource_type = $1 and id = $2";

    private const string Upsert = """
        insert into fhir_resources (resource_type, id, version_id, last_updated, event_time, patient_id, deleted, content_hash, resource)
        values ($1, $2, $3, $4, $5, $6, 0, $7, $8)
        on conflict (resource_type, id) do update set version_id = excluded.version_id, last_updated = excluded.last_updated,
            event_time = excluded.event_time, patient_id = excluded.patient_id, deleted = 0,
            content_hash = excluded.content_hash, resource = excluded.resource
        """;

    private static readonly string[] IndexTables = ["search_token", "search_string", "search_date", "search_reference"];

    private const string InsertHistory = """
        insert into fhir_history (resource_type, id, version_id, last_updated, deleted, message_id, resource)
        values ($1, $2, $3, $4, $5, $6, $7)
        """;

    /// <summary>Writes one resource of the event under the event-time guard (<see cref="WriteRules.Merge"/>).</summary>
    /// <returns>The resource as the record now holds it, or null when the guard kept the stored one unchanged.</returns>
    private static async Task<Resource?> WriteAsync(SqliteTransaction transaction, Resource incoming, ApplyContext context, CancellationToken cancellationToken)
    {
        var current = await ReadCurrentForWriteAsync(transaction, FhirCode.ToCode(incoming.ResourceType), incoming.Id!, cancellationToken);
        var newer = current is null || context.EventTime >= current.Value.EventTime;
        var merged = WriteRules.Merge(current is not null, current?.Json, incoming, newer, context.EventTime);
        if (merged is null)
        {
            return null;
        }

        await SaveAsync(transaction, merged, current, newer ? context.EventTime : current!.Value.EventTime, context, cancellationToken);
        return merged;
    }

    /// <summary>Stores <paramref name="resource"/> as the next version unless its content equals the current one.</summary>
    private static async Task<bool> SaveAsync(SqliteTransaction transaction, Resource resource, CurrentRow? current, DateTimeOffset eventTime, ApplyContext context, CancellationToken cancellationToken)
    {
        if (NewVersion.Of(resource, current?.VersionId, current?.Deleted ?? false, current?.ContentHash, context) is not { } next)
        {
            return false;
        }

        var now = Ticks(context.Now);
        await ExecuteAsync(transaction, Upsert, cancellationToken, next.Type, next.Id, next.Version, now, Ticks(eventTime), next.PatientId, next.Hash, next.Json);
        await ExecuteAsync(transaction, InsertHistory, cancellationToken, next.Type, next.Id, next.Version, now, false, context.Event.MessageId.ToString("D"), next.Json);
        await ReplaceIndexAsync(transaction, next.Type, next.Id, next.Index, cancellationToken);
        return true;
    }

    /// <summary>Replaces a resource's rows in the search tables (none for a deleted resource).</summary>
    private static async Task ReplaceIndexAsync(SqliteTransaction transaction, string type, string id, List<IndexEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var table in IndexTables)
        {
            await ExecuteAsync(transaction, $"delete from {table} where resource_type = $1 and id = $2", cancellationToken, type, id);
        }

        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case IndexKind.Token:
                    await ExecuteAsync(transaction, "insert into search_token (resource_type, id, param, system, code) values ($1, $2, $3, $4, $5)", cancellationToken, type, id, entry.Param, entry.System, entry.Value);
                    break;
                case IndexKind.String:
                    await ExecuteAsync(transaction, "insert into search_string (resource_type, id, param, value) values ($1, $2, $3, $4)", cancellationToken, type, id, entry.Param, entry.Value);
                    break;
                case IndexKind.Date:
                    await ExecuteAsync(transaction, "insert into search_date (resource_type, id, param, low, high) values ($1, $2, $3, $4, $5)", cancellationToken, type, id, entry.Param, Ticks(entry.Low), Ticks(entry.High));
                    break;
                case IndexKind.Reference:
                    await ExecuteAsync(transaction, "insert into search_reference (resource_type, id, param, target) values ($1, $2, $3, $4)", cancellationToken, type, id, entry.Param, entry.Value);
                    break;
                default:
                    break;
            }
        }
    }

    private static async Task<CurrentRow?> ReadCurrentForWriteAsync(SqliteTransaction transaction, string type, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, SelectCurrent, type, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new CurrentRow(reader.GetInt32(0), Time(reader.GetInt64(1)), (byte[])reader[2], reader.GetString(3), reader.GetBoolean(4));
    }

    /// <summary>Marks a resource deleted (a new version; reads answer 410) and drops its search entries.</summary>
    private static async Task DeleteResourceAsync(SqliteTransaction transaction, string type, string id, ApplyContext context, CancellationToken cancellationToken)
    {
        var now = Ticks(context.Now);
        int version;
        string json;
        await using (var command = Command(transaction, """
            update fhir_resources set deleted = 1, version_id = version_id + 1, last_updated = $3, content_hash = x''
            where resource_type = $1 and id = $2 and not deleted
            returning version_id, resource
            """, type, id, now))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return;
            }

            version = reader.GetInt32(0);
            json = reader.GetString(1);
        }

        await ExecuteAsync(transaction, InsertHistory, cancellationToken, type, id, version, now, true, context.Event.MessageId.ToString("D"), json);
        await ReplaceIndexAsync(transaction, type, id, [], cancellationToken);
    }

    private readonly record struct CurrentRow(int VersionId, DateTimeOffset EventTime, byte[] ContentHash, string Json, bool Deleted);
}
