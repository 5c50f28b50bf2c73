using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
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

        // The idempotency key first: a concurrent duplicate blocks on this primary key until we commit, then finds it.
        if (!await RecordMessageAsync(connection, transaction, patientEvent, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var context = new ApplyContext(patientEvent, eventTime, now) { Setting = EventBundle.CareSettingOf(patientEvent) };
        await ResolvePatientsAsync(connection, transaction, bundle, context, cancellationToken);
        await ResolveDuplicatesAsync(connection, transaction, bundle, context, cancellationToken);
        var resources = EventBundle.SortEntries(EventBundle.Resolve(patientEvent, bundle, context.IdMap), context);

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

        await LockAsync(connection, transaction, keys, cancellationToken);

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

        var written = new List<Resource>(resources.Count);
        for (var i = 0; i < resources.Count; i++)
        {
            if (await WriteAsync(connection, transaction, resources[i], context, sharedLocks[i], cancellationToken) is { } current)
            {
                written.Add(current);
            }
        }

        await UpdatePatientIndexAsync(connection, transaction, written, context, cancellationToken);
        await UpdatePrescribingAsync(connection, transaction, written, context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> RecordMessageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("insert into applied_messages (message_id, event_code) values ($1, $2) on conflict do nothing", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
        command.Parameters.Add(Text(patientEvent.EventCode));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
