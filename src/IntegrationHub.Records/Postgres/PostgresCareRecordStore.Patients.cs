using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Semantics;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    // Every record an identifier of the message already belongs to, with its NHS number and the record it was merged
    // into. Two primary-key probes per identifier whatever the plan cache guesses of the arrays' length (the limits
    // keep the laterals from being flattened into joins): as "(system, value) in (select * from unnest(...))" the
    // prepared statement's generic plan cost 0.22 ms a call.
    private const string FindByIdentifiers = """
        select i.system, i.patient_id, p.nhs_number, p.replaced_by
        from unnest($1::text[], $2::text[]) as k(s, v)
        cross join lateral (select system, patient_id from patient_identifiers where system = k.s and value = k.v limit 1) i
        cross join lateral (select nhs_number, replaced_by from record_patients where id = i.patient_id limit 1) p
        """;

    /// <summary>
    /// One lock per identifier of the message's Patients, taken before they are looked up. Two messages for the same
    /// person may run at once on different partitions (one keyed by NHS number, one by a local id); locking the
    /// identifiers first means only one of them creates the record.
    /// </summary>
    private static List<(long Key, bool Exclusive)> IdentifierLocks(List<List<(string System, string Value)>> identifiers)
    {
        var keys = new List<(long, bool)>();
        foreach (var patientIdentifiers in identifiers)
        {
            foreach (var (system, value) in patientIdentifiers)
            {
                keys.Add((LockKey("identifier", system + "|" + value), true));
            }
        }

        return keys;
    }

    /// <summary>The master patient index rows of one Patient's identifiers (<see cref="FindByIdentifiers"/>).</summary>
    private static NpgsqlBatchCommand FindByIdentifiersCommand(List<(string System, string Value)> identifiers)
    {
        var command = new NpgsqlBatchCommand(FindByIdentifiers);
        command.Parameters.Add(TextArray(identifiers.ConvertAll(i => i.System)));
        command.Parameters.Add(TextArray(identifiers.ConvertAll(i => i.Value)));
        return command;
    }

    /// <summary>One index row of <see cref="FindByIdentifiers"/> for <paramref name="match"/>.</summary>
    private static void Consider(PatientMatch match, NpgsqlDataReader reader) =>
        match.Consider(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));

    /// <summary>
    /// Decides the record of each Patient of the message from what the index found for it (<see cref="PatientMatch"/>:
    /// by NHS number across all senders; else by any local identifier already known; else a new record keyed by the
    /// message's id) and notes the merges that follow (<see cref="PatientResolution"/>).
    /// </summary>
    private static async Task ResolvePatientsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Patient> patients, List<PatientMatch> found, ApplyContext context, CancellationToken cancellationToken)
    {
        var matches = new List<(string, string?)>(patients.Count);
        for (var i = 0; i < patients.Count; i++)
        {
            matches.Add(await found[i].DecideAsync(patients[i].Id!, id => ReplacedByAsync(connection, transaction, id, cancellationToken)));
        }

        PatientResolution.Record(context, patients, matches);
    }

    private static async Task<string?> ReplacedByAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(PortableSql.SelectReplacedBy, connection, transaction);
        command.Parameters.Add(Text(id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// Registers the patients' identifiers, NHS number and GP practice for later matching and access control;
    /// the statements go to <paramref name="deferred"/>, sent with the event's other writes.
    /// </summary>
    private static void UpdatePatientIndex(NpgsqlBatch deferred, List<Patient> patients, ApplyContext context)
    {
        foreach (var patient in patients)
        {
            if (patient.Id is null)
            {
                continue;
            }

            var upsert = new NpgsqlBatchCommand(PortableSql.UpsertRecordPatient);
            upsert.Parameters.Add(Text(patient.Id));
            upsert.Parameters.Add(NullableText(ResourceFacts.NhsNumber(patient)));
            upsert.Parameters.Add(NullableText(PatientResolution.GpOdsOf(patient, context)));
            deferred.BatchCommands.Add(upsert);

            var known = PatientResolution.IdentifiersOf(patient);
            var identifiers = new NpgsqlBatchCommand("""
                insert into patient_identifiers (system, value, patient_id)
                select s, v, $3 from unnest($1::text[], $2::text[]) as t(s, v)
                on conflict do nothing
                """);
            identifiers.Parameters.Add(TextArray(known.ConvertAll(i => i.System)));
            identifiers.Parameters.Add(TextArray(known.ConvertAll(i => i.Value)));
            identifiers.Parameters.Add(Text(patient.Id));
            deferred.BatchCommands.Add(identifiers);
        }
    }
}
