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

        // Every resource this event deletes or writes is locked, in key order, before the first change.
        var keys = new List<long>(resources.Count + context.Deletions.Count);
        foreach (var (deletedType, deletedId) in context.Deletions)
        {
            keys.Add(LockKey(deletedType, deletedId));
        }

        foreach (var resource in resources)
        {
            keys.Add(LockKey(FhirCode.ToCode(resource.ResourceType), resource.Id!));
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
        foreach (var resource in resources)
        {
            if (await WriteAsync(connection, transaction, resource, context, cancellationToken) is { } current)
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
