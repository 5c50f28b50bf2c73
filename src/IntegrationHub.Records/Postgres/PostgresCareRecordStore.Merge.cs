using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    // Every resource of the retired record's compartment moves to the survivor as a new version: its references
    // to the retired Patient are rewritten (quoted, so Patient/ab never matches inside Patient/abc) and meta updated.
    private const string MoveCompartment = """
        with moved as (
            update fhir_resources set
                patient_id = $2,
                version_id = version_id + 1,
                last_updated = $3,
                content_hash = '\x'::bytea,
                resource = jsonb_set(jsonb_set(replace(resource::text, $4, $5)::jsonb,
                    '{meta,versionId}', to_jsonb((version_id + 1)::text)),
                    '{meta,lastUpdated}', to_jsonb($6::text))
            where patient_id = $1 and resource_type <> 'Patient'
            returning resource_type, id, version_id, last_updated, resource)
        insert into fhir_history (resource_type, id, version_id, last_updated, deleted, message_id, resource)
        select resource_type, id, version_id, last_updated, false, $7, resource from moved
        """;

    /// <summary>
    /// A merge: the retired record's resources, identifiers, prescribing lines and index entries move to the
    /// survivor in this transaction; the retired record points at the survivor so later messages and reads that
    /// name it land on the survivor; the survivor collects the retired Patient's identifiers. The Patient
    /// resources themselves (links replaces / replaced-by, active=false) are written from the message afterwards.
    /// Unmerge (A37) is not automatic: see README.
    /// </summary>
    private async Task MergeRecordsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, (string Retired, string Survivor) merge, ApplyContext context, CancellationToken cancellationToken)
    {
        var (retired, survivor) = merge;
        var retiredReference = "\"Patient/" + retired + "\"";
        var survivorReference = "\"Patient/" + survivor + "\"";
        var lastUpdated = new FhirInstant(context.Now).ToString();

        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            var move = new NpgsqlBatchCommand(MoveCompartment);
            move.Parameters.Add(Text(retired));
            move.Parameters.Add(Text(survivor));
            move.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = context.Now });
            move.Parameters.Add(Text(retiredReference));
            move.Parameters.Add(Text(survivorReference));
            move.Parameters.Add(Text(lastUpdated));
            move.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = context.Event.MessageId });
            batch.BatchCommands.Add(move);

            AddCommand(batch, PortableSql.MoveReferences, "Patient/" + retired, "Patient/" + survivor);
            AddCommand(batch, PortableSql.MoveIdentifiers, retired, survivor);
            AddCommand(batch, PortableSql.MoveMedicationLines, retired, survivor);
            AddCommand(batch, PortableSql.DeleteMedicationLines, retired, null);
            AddCommand(batch, PortableSql.RetireRecordPatient, retired, survivor);
            AddCommand(batch, PortableSql.RedirectRetiredRecords, retired, survivor);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        // Both Patients carry the link (a merge message brings them too; a merge found by matching does not); their
        // stored JSON is read to add it.
        var retiredRow = await ReadCurrentForWriteAsync(connection, transaction, "Patient", retired, withJson: true, cancellationToken);
        var survivorRow = await ReadCurrentForWriteAsync(connection, transaction, "Patient", survivor, withJson: true, cancellationToken);
        if (retiredRow is { } r && survivorRow is { } s && WriteRules.Parse(s.Json!) is Patient survivorPatient && WriteRules.Parse(r.Json!) is Patient retiredPatient)
        {
            PatientResolution.LinkMerged(survivorPatient, retiredPatient, survivor, retired);
            await SaveAsync(connection, transaction, survivorPatient, s, s.EventTime, context, cancellationToken);
            await SaveAsync(connection, transaction, retiredPatient, r, r.EventTime, context, cancellationToken);
        }

        context.RecalculatePrescribing.Add(survivor);
    }

    private static void AddCommand(NpgsqlBatch batch, string sql, string first, string? second)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(Text(first));
        if (second is not null)
        {
            command.Parameters.Add(Text(second));
        }

        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Allergies, problems and procedures from several senders about the same thing become one resource: a
    /// finding matching one already in the patient's record (<see cref="WriteRules.FindingKeyOf"/>: code and, for a
    /// procedure, performed date) takes that resource's id, so each sender's Provenance targets the one resource.
    /// </summary>
    private static async Task ResolveDuplicatesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Bundle bundle, ApplyContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in bundle.Entry ?? [])
        {
            if (WriteRules.FindingKeyOf(entry.Resource, context) is not { } key)
            {
                continue;
            }

            await using var command = new NpgsqlCommand("""
                select r.id from fhir_resources r
                join search_token t on t.resource_type = r.resource_type and t.id = r.id and t.param = 'code'
                where r.resource_type = $1 and r.patient_id = $2 and t.code = $3 and t.system is not distinct from $4 and r.id <> $5
                  and ($6::text is null or r.resource->>'performedDateTime' = $6)
                limit 1
                """, connection, transaction);
            command.Parameters.Add(Text(key.Type));
            command.Parameters.Add(Text(key.PatientId));
            command.Parameters.Add(Text(key.Code));
            command.Parameters.Add(NullableText(key.System));
            command.Parameters.Add(Text(key.Id));
            command.Parameters.Add(NullableText(key.Performed));
            if (await command.ExecuteScalarAsync(cancellationToken) is string existing)
            {
                context.IdMap[key.Id] = existing;
            }
        }
    }
}
