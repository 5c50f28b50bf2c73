using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using IntegrationHub.Records.Semantics;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    public async Task<bool> ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientEvent);
        try
        {
            return await ApplyOnceAsync(patientEvent, shareReferenceData: true, cancellationToken);
        }
        catch (SharedLockTaken)
        {
            // Another event holds the reference data this one must change (typically both are about to create the
            // same new practitioner or ward): start again holding everything exclusive, in key order, which waits
            // for the other instead of deadlocking with it.
            return await ApplyOnceAsync(patientEvent, shareReferenceData: false, cancellationToken);
        }
    }

    private async Task<bool> ApplyOnceAsync(PatientEvent patientEvent, bool shareReferenceData, CancellationToken cancellationToken)
    {
        var bundle = EventBundle.Read(patientEvent);
        var eventTime = EventBundle.EventTimeOf(patientEvent);
        var now = timeProvider.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var context = new ApplyContext(patientEvent, eventTime, now) { Setting = EventBundle.CareSettingOf(patientEvent) };
        var patients = EventBundle.PatientsOf(bundle, context);
        if (await RecordMessageAsync(connection, transaction, patientEvent, patients, cancellationToken) is not { } found)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await ResolvePatientsAsync(connection, transaction, patients, found, context, cancellationToken);
        await ResolveDuplicatesAsync(connection, transaction, bundle, context, cancellationToken);
        EventBundle.Resolve(bundle, context.IdMap);
        var resources = EventBundle.SortEntries(bundle, context);

        // Every resource this event deletes or writes is locked, in key order, before the first change: exclusive,
        // except reference data, which is locked shared and made exclusive only if this event writes it.
        var keys = new List<(long Key, bool Exclusive)>(resources.Count + context.Deletions.Count);
        foreach (var (deletedType, deletedId) in context.Deletions)
        {
            keys.Add((LockKey(deletedType, deletedId), true));
        }

        // By position in resources: the key of the shared lock held on it, null where the lock is exclusive.
        var sharedLocks = new long?[resources.Count];
        for (var i = 0; i < resources.Count; i++)
        {
            var key = LockKey(FhirCode.ToCode(resources[i].ResourceType), resources[i].Id!);
            var shared = shareReferenceData && IsSharedReference(resources[i].ResourceType);
            keys.Add((key, !shared));
            sharedLocks[i] = shared ? key : null;
        }

        // Without merges or deletions to run between them, the locks go in the same round trip as the reads.
        var lockWithRead = context.Merges.Count == 0 && context.Deletions.Count == 0;
        if (!lockWithRead)
        {
            await LockAsync(connection, transaction, keys, cancellationToken);
        }

        foreach (var merge in context.Merges)
        {
            await MergeRecordsAsync(connection, transaction, merge, context, cancellationToken);
        }

        foreach (var (type, id) in context.Deletions)
        {
            if (type != "MedicationStatement")
            {
                await DeleteResourceAsync(connection, transaction, type, id, context, cancellationToken);
            }
        }

        // Read after the merges and deletions, which may have changed these rows. A resource the Bundle names twice
        // is read again the second time, after the first write has been sent, to see it.
        var currents = await ReadCurrentForWriteAsync(connection, transaction, resources, lockWithRead ? keys : null, cancellationToken);
        var seen = new HashSet<(ResourceType, string)>(resources.Count);
        var written = new List<Resource>(resources.Count);
        var newPatientVersions = new List<Patient>(1);
        var deferred = new NpgsqlBatch(connection, transaction);
        await using (deferred)
        {
            for (var i = 0; i < resources.Count; i++)
            {
                var resource = resources[i];
                var current = currents[i];
                if (!seen.Add((resource.ResourceType, resource.Id!)))
                {
                    await WriteDeferredAsync(deferred, cancellationToken);
                    current = await ReadCurrentForWriteAsync(connection, transaction, FhirCode.ToCode(resource.ResourceType), resource.Id!, WriteRules.MergesWithStored(resource.ResourceType), cancellationToken);
                }

                if (Write(resource, current, context, sharedLocks[i], deferred, out var saved) is { } stored)
                {
                    written.Add(stored);
                    if (saved && stored is Patient patient)
                    {
                        newPatientVersions.Add(patient);
                    }
                }
            }

            // A Patient whose content is unchanged has the identifiers, NHS number and practice that the index got
            // with its stored version, so only new versions update the index (it was two statements per event).
            // The writes go in one round trip, before the prescribing view reads what the event changed.
            UpdatePatientIndex(deferred, newPatientVersions, context);
            await WriteDeferredAsync(deferred, cancellationToken);
        }

        await UpdatePrescribingAsync(connection, transaction, written, context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // The event's statements are the same few probes by key every time, but each passes its keys as arrays, and
    // PostgreSQL costs a generic plan for 100 array elements against a custom plan for the real two or three: it
    // kept planning the array lookups afresh on a third of their calls, and the intake's on every call. Their
    // shape (lateral probes, each at most one row) makes the generic plan the right one whatever the estimate.
    // Local to the event's transaction: the search API's statements keep custom plans (a name prefix needs its
    // value at planning time to use the index).
    private const string GenericPlans = "set local plan_cache_mode = force_generic_plan";

    /// <summary>
    /// Records the idempotency key, takes the patients' identifier locks and looks the identifiers up in the master
    /// patient index, in that order and in one round trip; null when the event had been applied. The key comes
    /// first: a concurrent duplicate blocks on this primary key until we commit, then finds it.
    /// </summary>
    /// <returns>By position in <paramref name="patients"/>: what the index holds for each one's identifiers.</returns>
    private static async Task<List<PatientMatch>?> RecordMessageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PatientEvent patientEvent, List<Patient> patients, CancellationToken cancellationToken)
    {
        var identifiers = patients.ConvertAll(PatientResolution.IdentifiersOf);
        var identifierLocks = IdentifierLocks(identifiers);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(GenericPlans));

            // Returning a row only when the key is new.
            var record = new NpgsqlBatchCommand("insert into applied_messages (message_id, event_code) values ($1, $2) on conflict do nothing returning 1");
            record.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
            record.Parameters.Add(Text(patientEvent.EventCode));
            batch.BatchCommands.Add(record);
            if (identifierLocks.Count > 0)
            {
                batch.BatchCommands.Add(LockCommand(identifierLocks));
            }

            foreach (var patientIdentifiers in identifiers)
            {
                if (patientIdentifiers.Count > 0)
                {
                    batch.BatchCommands.Add(FindByIdentifiersCommand(patientIdentifiers));
                }
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var isNew = await reader.ReadAsync(cancellationToken);
            if (identifierLocks.Count > 0)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            var found = new List<PatientMatch>(patients.Count);
            for (var i = 0; i < patients.Count; i++)
            {
                var match = new PatientMatch(ResourceFacts.NhsNumber(patients[i]));
                if (identifiers[i].Count > 0)
                {
                    await reader.NextResultAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        Consider(match, reader);
                    }
                }

                found.Add(match);
            }

            return isNew ? found : null;
        }
    }
}
