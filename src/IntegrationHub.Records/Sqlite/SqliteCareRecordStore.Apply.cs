using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Applying;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

internal sealed partial class SqliteCareRecordStore
{
    public async Task<bool> ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientEvent);
        var bundle = EventBundle.Read(patientEvent);
        var eventTime = EventBundle.EventTimeOf(patientEvent);

        // One writer at a time, so unlike PostgreSQL no resource, identifier or prescribing locks are needed: nothing
        // else can create the same patient or change a shared Location while this event is applied.
        return await WriteTransactionAsync(transaction => ApplyInTransactionAsync(transaction, patientEvent, bundle, eventTime, cancellationToken), cancellationToken);
    }

    private async Task<bool> ApplyInTransactionAsync(SqliteTransaction transaction, PatientEvent patientEvent, Bundle bundle, DateTimeOffset eventTime, CancellationToken cancellationToken)
    {
        // The idempotency key in the same transaction as the effect: a redelivery finds it and changes nothing.
        if (await ExecuteAsync(transaction, "insert into applied_messages (message_id, event_code) values ($1, $2) on conflict do nothing", cancellationToken, patientEvent.MessageId.ToString("D"), patientEvent.EventCode) != 1)
        {
            return false;
        }

        var context = new ApplyContext(patientEvent, eventTime, timeProvider.GetUtcNow()) { Setting = EventBundle.CareSettingOf(patientEvent) };
        await ResolvePatientsAsync(transaction, bundle, context, cancellationToken);
        await ResolveDuplicatesAsync(transaction, bundle, context, cancellationToken);
        EventBundle.Resolve(bundle, context.IdMap);
        var resources = EventBundle.SortEntries(bundle, context);

        foreach (var merge in context.Merges)
        {
            await MergeRecordsAsync(transaction, merge, context, cancellationToken);
        }

        foreach (var (type, id) in context.Deletions)
        {
            // A deleted MedicationStatement is a sender's evidence, withdrawn in the prescribing step.
            if (type != "MedicationStatement")
            {
                await DeleteResourceAsync(transaction, type, id, context, cancellationToken);
            }
        }

        var written = new List<Resource>(resources.Count);
        foreach (var resource in resources)
        {
            if (await WriteAsync(transaction, resource, context, cancellationToken) is { } current)
            {
                written.Add(current);
            }
        }

        await UpdatePatientIndexAsync(transaction, written, context, cancellationToken);
        await UpdatePrescribingAsync(transaction, written, context, cancellationToken);
        return true;
    }
}
