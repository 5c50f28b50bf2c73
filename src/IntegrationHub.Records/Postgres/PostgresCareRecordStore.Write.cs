using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Indexing;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    // One resource's current row; the JSON only when $3 (see WriteRules.MergesWithStored).
    private const string SelectCurrent = "select version_id, event_time, content_hash, case when $3 then resource::text end, deleted from fhir_resources where resource_type = $1 and id = $2";

    // The current rows of all an event's resources in one round trip (an event names half a dozen), with the JSON
    // only of those the write merges with (WriteRules.MergesWithStored). Each is a primary-key probe: the limit
    // keeps the planner from turning the lateral into a join it might hash with a scan of the table.
    private const string SelectCurrentMany = """
        select k.n, r.version_id, r.event_time, r.content_hash, case when k.m then r.resource::text end, r.deleted
        from unnest($1::text[], $2::text[], $3::boolean[]) with ordinality as k(t, i, m, n)
        cross join lateral (
            select version_id, event_time, content_hash, resource, deleted from fhir_resources
            where resource_type = k.t and id = k.i limit 1) r
        """;

    // The new current version and its history row in one statement, so PostgreSQL reads the JSON once.
    private const string UpsertWithHistory = """
        with saved as (
            insert into fhir_resources (resource_type, id, version_id, last_updated, event_time, patient_id, deleted, content_hash, resource)
            values ($1, $2, $3, $4, $5, $6, false, $7, $8::jsonb)
            on conflict (resource_type, id) do update set version_id = excluded.version_id, last_updated = excluded.last_updated,
                event_time = excluded.event_time, patient_id = excluded.patient_id, deleted = false,
                content_hash = excluded.content_hash, resource = excluded.resource
            returning resource)
        insert into fhir_history (resource_type, id, version_id, last_updated, deleted, message_id, resource)
        select $1, $2, $3, $4, false, $9, resource from saved
        """;

    /// <summary>
    /// Writes one resource of the event under the event-time guard (<see cref="WriteRules.Merge"/>). A write that
    /// changes nothing makes no new version.
    /// </summary>
    /// <remarks>
    /// <paramref name="current"/>: the stored row, read under this event's lock on the resource.
    /// <paramref name="sharedLock"/>: the key of the shared lock held on the resource, made exclusive before a
    /// write; null when the lock is exclusive already.
    /// <paramref name="deferred"/>: where the statements go, sent with the event's other writes (<see cref="WriteDeferredAsync"/>).
    /// </remarks>
    /// <returns>
    /// The resource as the record now holds it, or null when the guard kept the stored one unchanged;
    /// <paramref name="saved"/>: whether that is a new version (false when its content equals the stored one's).
    /// </returns>
    private static Resource? Write(Resource incoming, CurrentRow? current, ApplyContext context, long? sharedLock, NpgsqlBatch deferred, out bool saved)
    {
        var newer = current is null || context.EventTime >= current.Value.EventTime;
        var merged = WriteRules.Merge(current is not null, current?.Json, incoming, newer, context.EventTime);
        if (merged is null)
        {
            saved = false;
            return null;
        }

        saved = AddSave(deferred, merged, current, newer ? context.EventTime : current!.Value.EventTime, context, sharedLock);
        return merged;
    }

    /// <summary>Stores <paramref name="resource"/> as the next version unless its content equals the current one.</summary>
    private static async Task<bool> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Resource resource, CurrentRow? current, DateTimeOffset eventTime, ApplyContext context, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            if (!AddSave(batch, resource, current, eventTime, context, sharedLock: null))
            {
                return false;
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
    }

    /// <summary>
    /// Adds the statements that store <paramref name="resource"/> as the next version to <paramref name="batch"/>,
    /// unless its content equals the current one (then false). <paramref name="sharedLock"/>: the key of the shared
    /// lock held on the resource, upgraded first; null when the lock is exclusive already.
    /// </summary>
    private static bool AddSave(NpgsqlBatch batch, Resource resource, CurrentRow? current, DateTimeOffset eventTime, ApplyContext context, long? sharedLock)
    {
        if (NewVersion.Of(resource, current?.VersionId, current?.Deleted ?? false, current?.ContentHash, context) is not { } next)
        {
            return false;
        }

        if (sharedLock is { } key)
        {
            batch.BatchCommands.Add(UpgradeCommand(key));
        }

        var (type, id, version, hash, json, patientId, index) = next;
        var upsert = new NpgsqlBatchCommand(UpsertWithHistory);
        upsert.Parameters.Add(Text(type));
        upsert.Parameters.Add(Text(id));
        upsert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
        upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = context.Now });
        upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = eventTime });
        upsert.Parameters.Add(NullableText(patientId));
        upsert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = hash });
        upsert.Parameters.Add(Text(json));
        upsert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = context.Event.MessageId });
        batch.BatchCommands.Add(upsert);

        AddIndexCommands(batch, type, id, index, replacing: current is not null);
        return true;
    }

    // The older version's rows of all four index tables in one statement: each statement costs PostgreSQL a bind,
    // an executor start and a portal whatever it does, and these four ran on every new version.
    private const string DeleteIndexRows = """
        with tokens as (delete from search_token where resource_type = $1 and id = $2),
             strings as (delete from search_string where resource_type = $1 and id = $2),
             dates as (delete from search_date where resource_type = $1 and id = $2)
        delete from search_reference where resource_type = $1 and id = $2
        """;

    /// <summary>The search index rows of a new version; <paramref name="replacing"/>: the older version's rows are deleted first.</summary>
    /// <remarks>A resource never stored before has no rows (a deleted one keeps its row, so it is replacing), which saves the delete.</remarks>
    private static void AddIndexCommands(NpgsqlBatch batch, string type, string id, List<IndexEntry> entries, bool replacing)
    {
        if (replacing)
        {
            var delete = new NpgsqlBatchCommand(DeleteIndexRows);
            delete.Parameters.Add(Text(type));
            delete.Parameters.Add(Text(id));
            batch.BatchCommands.Add(delete);
        }

        var tokenParams = new List<string>();
        var tokenSystems = new List<string?>();
        var tokenCodes = new List<string>();
        var stringParams = new List<string>();
        var stringValues = new List<string>();
        var dateParams = new List<string>();
        var dateLows = new List<DateTimeOffset>();
        var dateHighs = new List<DateTimeOffset>();
        var referenceParams = new List<string>();
        var referenceTargets = new List<string>();
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case IndexKind.Token:
                    tokenParams.Add(entry.Param);
                    tokenSystems.Add(entry.System);
                    tokenCodes.Add(entry.Value);
                    break;
                case IndexKind.String:
                    stringParams.Add(entry.Param);
                    stringValues.Add(entry.Value);
                    break;
                case IndexKind.Date:
                    dateParams.Add(entry.Param);
                    dateLows.Add(entry.Low);
                    dateHighs.Add(entry.High);
                    break;
                case IndexKind.Reference:
                    referenceParams.Add(entry.Param);
                    referenceTargets.Add(entry.Value);
                    break;
                default:
                    break;
            }
        }

        if (tokenParams.Count > 0)
        {
            var insert = new NpgsqlBatchCommand("insert into search_token (resource_type, id, param, system, code) select $1, $2, p, s, c from unnest($3::text[], $4::text[], $5::text[]) as t(p, s, c)");
            insert.Parameters.Add(Text(type));
            insert.Parameters.Add(Text(id));
            insert.Parameters.Add(TextArray(tokenParams));
            insert.Parameters.Add(new NpgsqlParameter { Value = tokenSystems.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            insert.Parameters.Add(TextArray(tokenCodes));
            batch.BatchCommands.Add(insert);
        }

        if (stringParams.Count > 0)
        {
            var insert = new NpgsqlBatchCommand("insert into search_string (resource_type, id, param, value) select $1, $2, p, v from unnest($3::text[], $4::text[]) as t(p, v)");
            insert.Parameters.Add(Text(type));
            insert.Parameters.Add(Text(id));
            insert.Parameters.Add(TextArray(stringParams));
            insert.Parameters.Add(TextArray(stringValues));
            batch.BatchCommands.Add(insert);
        }

        if (dateParams.Count > 0)
        {
            var insert = new NpgsqlBatchCommand("insert into search_date (resource_type, id, param, low, high) select $1, $2, p, l, h from unnest($3::text[], $4::timestamptz[], $5::timestamptz[]) as t(p, l, h)");
            insert.Parameters.Add(Text(type));
            insert.Parameters.Add(Text(id));
            insert.Parameters.Add(TextArray(dateParams));
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. dateLows], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. dateHighs], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            batch.BatchCommands.Add(insert);
        }

        if (referenceParams.Count > 0)
        {
            var insert = new NpgsqlBatchCommand("insert into search_reference (resource_type, id, param, target) select $1, $2, p, t from unnest($3::text[], $4::text[]) as x(p, t)");
            insert.Parameters.Add(Text(type));
            insert.Parameters.Add(Text(id));
            insert.Parameters.Add(TextArray(referenceParams));
            insert.Parameters.Add(TextArray(referenceTargets));
            batch.BatchCommands.Add(insert);
        }
    }

    private static NpgsqlParameter<string[]> TextArray(IReadOnlyList<string> values) => new() { TypedValue = [.. values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    /// <summary>The current rows of <paramref name="resources"/>, by position; null where a resource was never stored.</summary>
    /// <remarks><paramref name="lockFirst"/>: locks to take in the same round trip, before the rows are read.</remarks>
    private static async Task<CurrentRow?[]> ReadCurrentForWriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Resource> resources, List<(long Key, bool Exclusive)>? lockFirst, CancellationToken cancellationToken)
    {
        var rows = new CurrentRow?[resources.Count];
        if (resources.Count == 0 && lockFirst is not { Count: > 0 })
        {
            return rows;
        }

        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            if (lockFirst is { Count: > 0 })
            {
                batch.BatchCommands.Add(LockCommand(lockFirst));
            }

            var select = new NpgsqlBatchCommand(SelectCurrentMany);
            select.Parameters.Add(TextArray(resources.ConvertAll(r => FhirCode.ToCode(r.ResourceType))));
            select.Parameters.Add(TextArray(resources.ConvertAll(r => r.Id!)));
            select.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. resources.Select(r => WriteRules.MergesWithStored(r.ResourceType))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
            batch.BatchCommands.Add(select);

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (lockFirst is { Count: > 0 })
            {
                // The lock statement's one row (a count), then the current rows.
                await reader.NextResultAsync(cancellationToken);
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt64(0) - 1] = CurrentRow.Read(reader, first: 1);
            }
        }

        return rows;
    }

    /// <remarks><paramref name="withJson"/>: whether the stored JSON is wanted (a write that merges with it, a merge of records).</remarks>
    private static async Task<CurrentRow?> ReadCurrentForWriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, string id, bool withJson, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SelectCurrent, connection, transaction);
        command.Parameters.Add(Text(type));
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = withJson });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return CurrentRow.Read(reader, first: 0);
    }

    // Json: null when it was not asked for (see WriteRules.MergesWithStored).
    private readonly record struct CurrentRow(int VersionId, DateTimeOffset EventTime, byte[] ContentHash, string? Json, bool Deleted)
    {
        /// <summary>The row from columns version_id, event_time, content_hash, resource, deleted, the first at <paramref name="first"/>.</summary>
        public static CurrentRow Read(NpgsqlDataReader reader, int first) => new(
            reader.GetInt32(first),
            reader.GetFieldValue<DateTimeOffset>(first + 1),
            (byte[])reader[first + 2],
            reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
            reader.GetBoolean(first + 4));
    }
}
