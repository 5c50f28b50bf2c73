using IntegrationHub.Fhir;
using IntegrationHub.Records.Semantics;
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

            AddCommand(batch, "update search_reference set target = $2 where target = $1", "Patient/" + retired, "Patient/" + survivor);
            AddCommand(batch, "update patient_identifiers set patient_id = $2 where patient_id = $1", retired, survivor);
            AddCommand(batch, """
                insert into medication_lines (patient_id, concept, source_type, source_id, care_setting, organisation, prescriber, status,
                                              started, ended, event_time, code_system, display, dosage_text, discharge)
                select $2, concept, source_type, source_id, care_setting, organisation, prescriber, status,
                       started, ended, event_time, code_system, display, dosage_text, discharge
                from medication_lines where patient_id = $1
                on conflict do nothing
                """, retired, survivor);
            AddCommand(batch, "delete from medication_lines where patient_id = $1", retired, null);
            AddCommand(batch, """
                insert into record_patients (id, replaced_by) values ($1, $2)
                on conflict (id) do update set replaced_by = excluded.replaced_by
                """, retired, survivor);

            // Records merged into the retired one earlier now lead straight to the survivor.
            AddCommand(batch, "update record_patients set replaced_by = $2 where replaced_by = $1", retired, survivor);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        // The survivor keeps every identifier the retired record had, so the person is found by any of them, and
        // both Patients carry the link (a merge message brings them too; a merge found by matching does not).
        var retiredRow = await ReadCurrentForWriteAsync(connection, transaction, "Patient", retired, cancellationToken);
        var survivorRow = await ReadCurrentForWriteAsync(connection, transaction, "Patient", survivor, cancellationToken);
        if (retiredRow is { } r && survivorRow is { } s && Parse(s.Json) is Patient survivorPatient && Parse(r.Json) is Patient retiredPatient)
        {
            survivorPatient.Identifier = PatientMerger.UnionIdentifiers(survivorPatient.Identifier, retiredPatient.Identifier);
            survivorPatient.Link = PatientMerger.UnionLinks(survivorPatient.Link, [new PatientLink { Type = LinkType.Replaces, Other = new Reference { ReferenceValue = "Patient/" + retired, Type = "Patient" } }]);
            await SaveAsync(connection, transaction, survivorPatient, s, s.EventTime, context, cancellationToken);
            retiredPatient.Active = false;
            retiredPatient.Link = PatientMerger.UnionLinks(retiredPatient.Link, [new PatientLink { Type = LinkType.ReplacedBy, Other = new Reference { ReferenceValue = "Patient/" + survivor, Type = "Patient" } }]);
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
    /// finding whose code (and, for a procedure, performed date) matches one already in the patient's record takes
    /// that resource's id, so each sender's Provenance targets the one resource (the sources stay visible).
    /// </summary>
    private static async Task ResolveDuplicatesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Bundle bundle, ApplyContext context, CancellationToken cancellationToken)
    {
        foreach (var entry in bundle.Entry ?? [])
        {
            var (type, code, subject, performed) = entry.Resource switch
            {
                AllergyIntolerance a => ("AllergyIntolerance", a.Code, a.Patient, (string?)null),
                Condition c => ("Condition", c.Code, c.Subject, null),
                Procedure p => ("Procedure", p.Code, p.Subject, p.PerformedDateTime?.ToString()),
                _ => (null, null, null, null),
            };
            if (type is null || code?.Coding is not { Count: > 0 } codings || codings[0].Code is not { } codeValue
                || subject?.ReferenceValue is not { } subjectReference || !subjectReference.StartsWith(UuidScheme, StringComparison.Ordinal)
                || !context.IdMap.TryGetValue(subjectReference[UuidScheme.Length..], out var patientId))
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
            command.Parameters.Add(Text(type));
            command.Parameters.Add(Text(patientId));
            command.Parameters.Add(Text(codeValue));
            command.Parameters.Add(NullableText(codings[0].System));
            command.Parameters.Add(Text(entry.Resource!.Id!));
            command.Parameters.Add(NullableText(performed));
            if (await command.ExecuteScalarAsync(cancellationToken) is string existing)
            {
                context.IdMap[entry.Resource.Id!] = existing;
            }
        }
    }
}
