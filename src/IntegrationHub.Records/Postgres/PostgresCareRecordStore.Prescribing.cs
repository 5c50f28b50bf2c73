using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Prescribing;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    /// <summary>
    /// Feeds the prescribing view: the medicine resources this event wrote (and GP medication statements, which
    /// live only as evidence) become source rows; each touched concept's line and the patient's List are rebuilt
    /// in the same transaction, so the view is never behind the record.
    /// </summary>
    private async Task UpdatePrescribingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Resource> written, ApplyContext context, CancellationToken cancellationToken)
    {
        var touched = new HashSet<(string Patient, string Concept)>();
        foreach (var resource in written)
        {
            await AddSourceAsync(connection, transaction, resource, context, touched, cancellationToken);
        }

        foreach (var statement in context.Statements)
        {
            await AddSourceAsync(connection, transaction, statement, context, touched, cancellationToken);
        }

        foreach (var (type, id) in context.Deletions)
        {
            await using var command = new NpgsqlCommand("delete from medication_lines where source_type = $1 and source_id = $2 returning patient_id, concept", connection, transaction);
            command.Parameters.Add(Text(type));
            command.Parameters.Add(Text(id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                touched.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var patients = new HashSet<string>(context.RecalculatePrescribing, StringComparer.Ordinal);
        foreach (var (patient, _) in touched)
        {
            patients.Add(patient);
        }

        // The GP feed (API) and the patient's partition may both rebuild one patient's view at once. This lock is
        // taken after every resource lock and no resource lock is taken after it, so it cannot deadlock with them.
        var keys = new List<long>(patients.Count);
        foreach (var patient in patients)
        {
            keys.Add(LockKey("prescribing", patient));
        }

        await LockAsync(connection, transaction, keys, cancellationToken);
        foreach (var survivor in context.RecalculatePrescribing)
        {
            foreach (var concept in await ConceptsAsync(connection, transaction, survivor, cancellationToken))
            {
                touched.Add((survivor, concept));
            }
        }

        foreach (var (patient, concept) in touched)
        {
            patients.Add(patient);
            var sources = await SourcesAsync(connection, transaction, patient, concept, cancellationToken);
            var lineId = PrescribingView.LineId(patient, concept);
            var current = await ReadCurrentForWriteAsync(connection, transaction, "MedicationStatement", lineId, withJson: false, cancellationToken);
            if (PrescribingView.BuildLine(patient, concept, sources) is { } line)
            {
                await SaveAsync(connection, transaction, line, current, context.EventTime, context, cancellationToken);
            }
            else if (current is { Deleted: false })
            {
                await DeleteResourceAsync(connection, transaction, "MedicationStatement", lineId, context, cancellationToken);
            }
        }

        foreach (var patient in patients)
        {
            await RebuildListAsync(connection, transaction, patient, context, cancellationToken);
        }
    }

    private async Task AddSourceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Resource resource, ApplyContext context, HashSet<(string, string)> touched, CancellationToken cancellationToken)
    {
        if (PrescribingEvidence.From(resource, context) is not { } source)
        {
            return;
        }

        await using var command = new NpgsqlCommand(PortableSql.UpsertMedicationSource, connection, transaction);
        command.Parameters.Add(Text(source.PatientId));
        command.Parameters.Add(Text(source.Concept));
        command.Parameters.Add(Text(source.SourceType));
        command.Parameters.Add(Text(source.SourceId));
        command.Parameters.Add(Text(PrescribingEvidence.SettingCode(source.Setting)));
        command.Parameters.Add(NullableText(source.Organisation));
        command.Parameters.Add(NullableText(source.Prescriber));
        command.Parameters.Add(Text(FhirCode.ToCode(source.Status)));
        command.Parameters.Add(NullableTime(source.Started));
        command.Parameters.Add(NullableTime(source.Ended));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = source.EventTime });
        command.Parameters.Add(NullableText(source.CodeSystem));
        command.Parameters.Add(NullableText(source.Display));
        command.Parameters.Add(NullableText(source.DosageText));
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = source.Discharge });
        await command.ExecuteNonQueryAsync(cancellationToken);
        touched.Add((source.PatientId, source.Concept));
    }

    private static async Task<List<MedicationSource>> SourcesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string patientId, string concept, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PortableSql.SelectMedicationSources, connection, transaction);
        command.Parameters.Add(Text(patientId));
        command.Parameters.Add(Text(concept));
        return await StoredRows.ReadSourcesAsync(command, (reader, ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal), cancellationToken);
    }

    private static async Task<List<string>> ConceptsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string patientId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PortableSql.SelectMedicationConcepts, connection, transaction);
        command.Parameters.Add(Text(patientId));
        var concepts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            concepts.Add(reader.GetString(0));
        }

        return concepts;
    }

    private async Task RebuildListAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string patientId, ApplyContext context, CancellationToken cancellationToken)
    {
        // The current lines of the patient's compartment, by medicine name. Lines of a merged-away record were
        // moved here by the merge under their old ids; they are withdrawn in favour of the survivor's own.
        var lines = new List<(string, string)>();
        var stale = new List<string>();
        await using (var command = new NpgsqlCommand("""
            select id, coalesce(resource->'medicationCodeableConcept'->>'text', ''), resource->'identifier'->0->>'value'
            from fhir_resources where patient_id = $1 and resource_type = 'MedicationStatement' and not deleted
            order by 2, 1
            """, connection, transaction))
        {
            command.Parameters.Add(Text(patientId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (PrescribingEvidence.IsOwnLine(patientId, reader.IsDBNull(2) ? null : reader.GetString(2)))
                {
                    lines.Add((reader.GetString(0), reader.GetString(1)));
                }
                else
                {
                    stale.Add(reader.GetString(0));
                }
            }
        }

        foreach (var id in stale)
        {
            await DeleteResourceAsync(connection, transaction, "MedicationStatement", id, context, cancellationToken);
        }

        var listId = PrescribingView.ListId(patientId);
        var current = await ReadCurrentForWriteAsync(connection, transaction, "List", listId, withJson: false, cancellationToken);
        if (current is null && lines.Count == 0)
        {
            return;
        }

        // Rebuilt only for patients whose evidence this event touched; an unchanged List makes no new version.
        var list = PrescribingView.BuildList(patientId, lines, context.EventTime);
        await SaveAsync(connection, transaction, list, current, context.EventTime, context, cancellationToken);
    }

    /// <summary>Marks a resource deleted (a new version; reads answer 410) and drops its search entries.</summary>
    private static async Task DeleteResourceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, string id, ApplyContext context, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            var delete = new NpgsqlBatchCommand("""
                with gone as (
                    update fhir_resources set deleted = true, version_id = version_id + 1, last_updated = $3, content_hash = '\x'::bytea
                    where resource_type = $1 and id = $2 and not deleted
                    returning resource_type, id, version_id, last_updated, resource)
                insert into fhir_history (resource_type, id, version_id, last_updated, deleted, message_id, resource)
                select resource_type, id, version_id, last_updated, true, $4, resource from gone
                """);
            delete.Parameters.Add(Text(type));
            delete.Parameters.Add(Text(id));
            delete.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = context.Now });
            delete.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = context.Event.MessageId });
            batch.BatchCommands.Add(delete);
            AddIndexCommands(batch, type, id, [], replacing: true);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlParameter NullableTime(DateTimeOffset? value) => new() { Value = value is { } v ? v : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz };
}
