using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    // Every resource of the retired record's compartment moves to the survivor as a new version: its references
    // to the retired Patient are rewritten (quoted, so Patient/ab never matches inside Patient/abc) and meta updated.
    // Expressions on the right see the row before the update, so version_id + 1 is the new version throughout.
    private const string MoveCompartment = """
        update fhir_resources set
            patient_id = $2,
            version_id = version_id + 1,
            last_updated = $3,
            content_hash = x'',
            resource = json_set(replace(resource, $4, $5), '$.meta.versionId', cast(version_id + 1 as text), '$.meta.lastUpdated', $6)
        where patient_id = $1 and resource_type <> 'Patient'
        returning resource_type, id, version_id, resource
        """;

    /// <summary>
    /// A merge, as in the PostgreSQL store: the retired record's resources, identifiers, prescribing lines and index
    /// entries move to the survivor in this transaction; the retired record points at the survivor; both Patients
    /// carry the link. Unmerge (A37) is not automatic: see README.
    /// </summary>
    private static async Task MergeRecordsAsync(SqliteTransaction transaction, (string Retired, string Survivor) merge, ApplyContext context, CancellationToken cancellationToken)
    {
        var (retired, survivor) = merge;
        var now = Ticks(context.Now);
        var moved = new List<(string Type, string Id, int Version, string Json)>();
        await using (var command = Command(transaction, MoveCompartment, retired, survivor, now, "\"Patient/" + retired + "\"", "\"Patient/" + survivor + "\"", new FhirInstant(context.Now).ToString()))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                moved.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
            }
        }

        var messageId = context.Event.MessageId.ToString("D");
        foreach (var (type, id, version, json) in moved)
        {
            await ExecuteAsync(transaction, InsertHistory, cancellationToken, type, id, version, now, false, messageId, json);
        }

        await ExecuteAsync(transaction, PortableSql.MoveReferences, cancellationToken, "Patient/" + retired, "Patient/" + survivor);
        await ExecuteAsync(transaction, PortableSql.MoveIdentifiers, cancellationToken, retired, survivor);
        await ExecuteAsync(transaction, PortableSql.MoveMedicationLines, cancellationToken, retired, survivor);
        await ExecuteAsync(transaction, PortableSql.DeleteMedicationLines, cancellationToken, retired);
        await ExecuteAsync(transaction, PortableSql.RetireRecordPatient, cancellationToken, retired, survivor);
        await ExecuteAsync(transaction, PortableSql.RedirectRetiredRecords, cancellationToken, retired, survivor);

        var retiredRow = await ReadCurrentForWriteAsync(transaction, "Patient", retired, cancellationToken);
        var survivorRow = await ReadCurrentForWriteAsync(transaction, "Patient", survivor, cancellationToken);
        if (retiredRow is { } r && survivorRow is { } s && WriteRules.Parse(s.Json) is Patient survivorPatient && WriteRules.Parse(r.Json) is Patient retiredPatient)
        {
            PatientResolution.LinkMerged(survivorPatient, retiredPatient, survivor, retired);
            await SaveAsync(transaction, survivorPatient, s, s.EventTime, context, cancellationToken);
            await SaveAsync(transaction, retiredPatient, r, r.EventTime, context, cancellationToken);
        }

        context.RecalculatePrescribing.Add(survivor);
    }

    /// <summary>
    /// Allergies, problems and procedures from several senders about the same thing become one resource: a finding
    /// matching one already in the patient's record (<see cref="WriteRules.FindingKeyOf"/>) takes that resource's id.
    /// </summary>
    private static async Task ResolveDuplicatesAsync(SqliteTransaction transaction, Bundle bundle, ApplyContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in bundle.Entry ?? [])
        {
            if (WriteRules.FindingKeyOf(entry.Resource, context) is not { } key)
            {
                continue;
            }

            await using var command = Command(transaction, """
                select r.id from fhir_resources r
                join search_token t on t.resource_type = r.resource_type and t.id = r.id and t.param = 'code'
                where r.resource_type = $1 and r.patient_id = $2 and t.code = $3 and t.system is $4 and r.id <> $5
                  and ($6 is null or json_extract(r.resource, '$.performedDateTime') = $6)
                limit 1
                """, key.Type, key.PatientId, key.Code, key.System, key.Id, key.Performed);
            if (await command.ExecuteScalarAsync(cancellationToken) is string existing)
            {
                context.IdMap[key.Id] = existing;
            }
        }
    }
}
