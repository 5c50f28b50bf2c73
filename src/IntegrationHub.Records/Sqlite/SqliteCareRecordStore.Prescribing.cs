using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Prescribing;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    /// <summary>
    /// Feeds the prescribing view as the PostgreSQL store does: the medicine resources this event wrote and GP
    /// statements become evidence rows; each touched concept's line and the patient's List are rebuilt in the same
    /// transaction. (The single writer needs no prescribing lock.)
    /// </summary>
    private static async Task UpdatePrescribingAsync(SqliteTransaction transaction, List<Resource> written, ApplyContext context, CancellationToken cancellationToken)
    {
        var touched = new HashSet<(string Patient, string Concept)>();
        foreach (var resource in written.Concat(context.Statements))
        {
            if (PrescribingEvidence.From(resource, context) is not { } source)
            {
                continue;
            }

            await ExecuteAsync(transaction, PortableSql.UpsertMedicationSource, cancellationToken,
                source.PatientId, source.Concept, source.SourceType, source.SourceId, PrescribingEvidence.SettingCode(source.Setting),
                source.Organisation, source.Prescriber, FhirCode.ToCode(source.Status), Ticks(source.Started), Ticks(source.Ended),
                Ticks(source.EventTime), source.CodeSystem, source.Display, source.DosageText, source.Discharge);
            touched.Add((source.PatientId, source.Concept));
        }

        foreach (var (type, id) in context.Deletions)
        {
            await using var command = Command(transaction, "delete from medication_lines where source_type = $1 and source_id = $2 returning patient_id, concept", type, id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                touched.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var patients = new HashSet<string>(context.RecalculatePrescribing, StringComparer.Ordinal);
        foreach (var survivor in context.RecalculatePrescribing)
        {
            foreach (var concept in await ReadStringsAsync(transaction, PortableSql.SelectMedicationConcepts, survivor, cancellationToken))
            {
                touched.Add((survivor, concept));
            }
        }

        foreach (var (patient, concept) in touched)
        {
            patients.Add(patient);
            var lineId = PrescribingView.LineId(patient, concept);
            var current = await ReadCurrentForWriteAsync(transaction, "MedicationStatement", lineId, cancellationToken);
            if (PrescribingView.BuildLine(patient, concept, await SourcesAsync(transaction, patient, concept, cancellationToken)) is { } line)
            {
                await SaveAsync(transaction, line, current, context.EventTime, context, cancellationToken);
            }
            else if (current is { Deleted: false })
            {
                await DeleteResourceAsync(transaction, "MedicationStatement", lineId, context, cancellationToken);
            }
        }

        foreach (var patient in patients)
        {
            await RebuildListAsync(transaction, patient, context, cancellationToken);
        }
    }

    private static async Task<List<MedicationSource>> SourcesAsync(SqliteTransaction transaction, string patientId, string concept, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, PortableSql.SelectMedicationSources, patientId, concept);
        return await StoredRows.ReadSourcesAsync(command, (reader, ordinal) => Time(reader.GetInt64(ordinal)), cancellationToken);
    }

    private static async Task<List<string>> ReadStringsAsync(SqliteTransaction transaction, string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql, value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task RebuildListAsync(SqliteTransaction transaction, string patientId, ApplyContext context, CancellationToken cancellationToken)
    {
        // The current lines of the patient's compartment, by medicine name; lines a merge brought here are withdrawn.
        var lines = new List<(string, string)>();
        var stale = new List<string>();
        await using (var command = Command(transaction, """
            select id, coalesce(json_extract(resource, '$.medicationCodeableConcept.text'), ''), json_extract(resource, '$.identifier[0].value')
            from fhir_resources where patient_id = $1 and resource_type = 'MedicationStatement' and not deleted
            order by 2, 1
            """, patientId))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (PrescribingEvidence.IsOwnLine(patientId, NullableString(reader, 2)))
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
            await DeleteResourceAsync(transaction, "MedicationStatement", id, context, cancellationToken);
        }

        var listId = PrescribingView.ListId(patientId);
        var current = await ReadCurrentForWriteAsync(transaction, "List", listId, cancellationToken);
        if (current is null && lines.Count == 0)
        {
            return;
        }

        // An unchanged List makes no new version.
        await SaveAsync(transaction, PrescribingView.BuildList(patientId, lines, context.EventTime), current, context.EventTime, context, cancellationToken);
    }
}
