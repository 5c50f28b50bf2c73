using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Semantics;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    // The record an identifier already belongs to, with its NHS number and the record it was merged into.
    private const string FindByIdentifier = """
        select i.system, i.patient_id, p.nhs_number, p.replaced_by
        from patient_identifiers i join record_patients p on p.id = i.patient_id
        where i.system = $1 and i.value = $2
        """;

    /// <summary>Matches each Patient of the message to a record (<see cref="PatientMatch"/>, <see cref="PatientResolution"/>).</summary>
    private static async Task ResolvePatientsAsync(SqliteTransaction transaction, Bundle bundle, ApplyContext context, CancellationToken cancellationToken)
    {
        var patients = EventBundle.PatientsOf(bundle, context);
        var matches = new List<(string, string?)>(patients.Count);
        foreach (var patient in patients)
        {
            var match = new PatientMatch(ResourceFacts.NhsNumber(patient));
            foreach (var (system, value) in PatientResolution.IdentifiersOf(patient))
            {
                await using var command = Command(transaction, FindByIdentifier, system, value);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    match.Consider(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3));
                }
            }

            matches.Add(await match.DecideAsync(patient.Id!, id => ReplacedByAsync(transaction.Connection!, transaction, id, cancellationToken)));
        }

        PatientResolution.Record(context, patients, matches);
    }

    private static async Task<string?> ReplacedByAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PortableSql.SelectReplacedBy, id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Registers the matched patients' identifiers, NHS number and GP practice for later matching and access control.</summary>
    private static async Task UpdatePatientIndexAsync(SqliteTransaction transaction, List<Resource> resources, ApplyContext context, CancellationToken cancellationToken)
    {
        foreach (var resource in resources)
        {
            if (resource is not Patient patient || patient.Id is null)
            {
                continue;
            }

            await ExecuteAsync(transaction, PortableSql.UpsertRecordPatient, cancellationToken, patient.Id, ResourceFacts.NhsNumber(patient), PatientResolution.GpOdsOf(patient, context));
            foreach (var (system, value) in PatientResolution.IdentifiersOf(patient))
            {
                await ExecuteAsync(transaction, "insert into patient_identifiers (system, value, patient_id) values ($1, $2, $3) on conflict do nothing", cancellationToken, system, value, patient.Id);
            }
        }
    }
}
