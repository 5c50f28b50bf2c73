using IntegrationHub.Fhir;
using IntegrationHub.Records.Semantics;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    // Every record an identifier of the message already belongs to, with whether that record carries an NHS number.
    private const string FindByIdentifiers = """
        select i.system, i.patient_id, p.nhs_number
        from patient_identifiers i join record_patients p on p.id = i.patient_id
        where (i.system, i.value) in (select * from unnest($1::text[], $2::text[]))
        """;

    /// <summary>
    /// Matches each Patient of the message to a record: by NHS number across all senders; else by any local
    /// identifier already known (a record that has no NHS number yet, or the same one); else a new record, keyed by
    /// the message's id (the hash of the NHS number, or of the sender's local identifier). Merged-away records are
    /// followed to their survivor. A merge message (A34/A35/A40) carries the retired Patient with a replaced-by link.
    /// </summary>
    private async Task ResolvePatientsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Bundle bundle, ApplyContext context, CancellationToken cancellationToken)
    {
        var patients = new List<Patient>();
        var keys = new List<long>();
        foreach (var entry in bundle.Entry ?? [])
        {
            switch (entry.Resource)
            {
                case Patient patient when patient.Id is not null:
                    patients.Add(patient);
                    foreach (var identifier in patient.Identifier ?? [])
                    {
                        if (identifier.System is { } system && identifier.Value is { } value)
                        {
                            keys.Add(LockKey("identifier", system + "|" + value));
                        }
                    }

                    break;
                case Organization organization when organization.Id is not null:
                    foreach (var identifier in organization.Identifier ?? [])
                    {
                        if (identifier.System == FhirSystems.OdsOrganizationCode && identifier.Value is { } ods)
                        {
                            context.OrganisationOds[organization.Id] = ods;
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        // Two messages for the same person may run at once on different partitions (one keyed by NHS number, one by
        // a local id); locking the identifiers first means only one of them creates the record.
        await LockAsync(connection, transaction, keys, cancellationToken);

        string? survivor = null;
        string? retiredMessageId = null;
        foreach (var patient in patients)
        {
            var (recordId, unlinked) = await MatchAsync(connection, transaction, patient, cancellationToken);
            context.IdMap[patient.Id!] = recordId;
            if (unlinked is not null && !IsRetired(patient))
            {
                // The NHS number has arrived for a person some sender knew only by a local identifier: that
                // per-sender record is linked now, exactly as a merge would link it.
                context.Merges.Add((unlinked, recordId));
            }

            if (IsRetired(patient))
            {
                retiredMessageId = patient.Id;
                continue;
            }

            survivor ??= recordId;
            context.PatientIds.Add(recordId);
        }

        if (retiredMessageId is not null && survivor is not null)
        {
            var retired = context.IdMap[retiredMessageId];
            if (retired == survivor)
            {
                // The retired identifiers already lead to the survivor (a resent merge): keep the retired Patient apart.
                context.IdMap[retiredMessageId] = retiredMessageId;
                retired = retiredMessageId;
            }

            context.Merges.Add((retired, survivor));
            context.PatientIds.Add(retired);
        }
    }

    private static bool IsRetired(Patient patient)
    {
        foreach (var link in patient.Link ?? [])
        {
            if (link.Type == LinkType.ReplacedBy)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The record for this Patient and, when it is found by NHS number, a per-sender record (no NHS number) found by a local identifier.</summary>
    private static async Task<(string RecordId, string? Unlinked)> MatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Patient patient, CancellationToken cancellationToken)
    {
        var nhsNumber = ResourceFacts.NhsNumber(patient);
        var systems = new List<string>();
        var values = new List<string>();
        foreach (var identifier in patient.Identifier ?? [])
        {
            if (identifier.System is { } system && identifier.Value is { } value)
            {
                systems.Add(system);
                values.Add(value);
            }
        }

        string? byNhs = null;
        string? byLocal = null;
        if (systems.Count > 0)
        {
            await using var command = new NpgsqlCommand(FindByIdentifiers, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. systems], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var system = reader.GetString(0);
                var id = reader.GetString(1);
                var recordNhs = reader.IsDBNull(2) ? null : reader.GetString(2);
                if (system == FhirSystems.NhsNumber)
                {
                    byNhs = id;
                }
                else if (recordNhs is null || nhsNumber is null || recordNhs == nhsNumber)
                {
                    // A local identifier of a record with a different NHS number is a sender's error; never join them.
                    // Prefer a record without an NHS number: that is the per-sender one to link.
                    if (byLocal is null || recordNhs is null)
                    {
                        byLocal = id;
                    }
                }
            }
        }

        var match = await FollowMergesAsync(connection, transaction, byNhs ?? byLocal ?? patient.Id!, cancellationToken);
        string? unlinked = null;
        if (byNhs is not null && byLocal is not null)
        {
            unlinked = await FollowMergesAsync(connection, transaction, byLocal, cancellationToken);
            if (unlinked == match)
            {
                unlinked = null;
            }
        }

        return (match, unlinked);
    }

    private static async Task<string> FollowMergesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        // Bounded: a merge chain is short, and a cycle (a sender merging back and forth) must not hang the consumer.
        for (var hop = 0; hop < 8; hop++)
        {
            await using var command = new NpgsqlCommand("select replaced_by from record_patients where id = $1", connection, transaction);
            command.Parameters.Add(Text(id));
            if (await command.ExecuteScalarAsync(cancellationToken) is not string next)
            {
                return id;
            }

            id = next;
        }

        return id;
    }

    /// <summary>Registers the matched patients' identifiers, NHS number and GP practice for later matching and access control.</summary>
    private static async Task UpdatePatientIndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Resource> resources, ApplyContext context, CancellationToken cancellationToken)
    {
        foreach (var resource in resources)
        {
            if (resource is not Patient patient || patient.Id is null)
            {
                continue;
            }

            string? gpOds = null;
            foreach (var gp in patient.GeneralPractitioner ?? [])
            {
                if (gp.ReferenceValue is { } reference && reference.StartsWith("Organization/", StringComparison.Ordinal)
                    && context.OrganisationOds.TryGetValue(reference["Organization/".Length..], out var ods))
                {
                    gpOds = ods;
                }
            }

            var batch = new NpgsqlBatch(connection, transaction);
            await using (batch)
            {
                var upsert = new NpgsqlBatchCommand("""
                    insert into record_patients (id, nhs_number, gp_ods) values ($1, $2, $3)
                    on conflict (id) do update set nhs_number = coalesce(record_patients.nhs_number, excluded.nhs_number),
                                                   gp_ods = coalesce(excluded.gp_ods, record_patients.gp_ods)
                    """);
                upsert.Parameters.Add(Text(patient.Id));
                upsert.Parameters.Add(NullableText(ResourceFacts.NhsNumber(patient)));
                upsert.Parameters.Add(NullableText(IsRetired(patient) ? null : gpOds));
                batch.BatchCommands.Add(upsert);

                var systems = new List<string>();
                var values = new List<string>();
                foreach (var identifier in patient.Identifier ?? [])
                {
                    if (identifier.System is { } system && identifier.Value is { } value)
                    {
                        systems.Add(system);
                        values.Add(value);
                    }
                }

                var identifiers = new NpgsqlBatchCommand("""
                    insert into patient_identifiers (system, value, patient_id)
                    select s, v, $3 from unnest($1::text[], $2::text[]) as t(s, v)
                    on conflict do nothing
                    """);
                identifiers.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. systems], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                identifiers.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. values], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                identifiers.Parameters.Add(Text(patient.Id));
                batch.BatchCommands.Add(identifiers);
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
