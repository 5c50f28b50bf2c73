using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Prescribing;
using Npgsql;

namespace IntegrationHub.Records.Postgres;

internal sealed partial class PostgresCareRecordStore
{
    private const string UuidScheme = "urn:uuid:";

    public async Task<bool> ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientEvent);

        // A Bundle the model cannot read is a defect upstream, not a transient fault: throwing sends the event to
        // the partition's error queue with this reason (the issue text names elements, never patient values).
        if (!FhirJson.TryParse<Bundle>(patientEvent.Bundle, out var bundle, out var issues))
        {
            throw new InvalidDataException("The event's Bundle is not valid FHIR: " + (issues.Count > 0 ? issues[0].Message : "unknown problem"));
        }

        // UTC: timestamptz parameters must be, and a sender's local offset (BST) says nothing about order.
        var eventTime = (patientEvent.OccurredAt ?? patientEvent.ReceivedAt).ToUniversalTime();
        var now = timeProvider.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The idempotency key first: a concurrent duplicate blocks on this primary key until we commit, then finds it.
        if (!await RecordMessageAsync(connection, transaction, patientEvent, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var context = new ApplyContext(patientEvent, eventTime, now) { Setting = CareSettingOf(patientEvent) };
        await ResolvePatientsAsync(connection, transaction, bundle, context, cancellationToken);
        await ResolveDuplicatesAsync(connection, transaction, bundle, context, cancellationToken);

        // References inside the message point at urn:uuid fullUrls; in the record they are Type/id, with the
        // patient's id being the matched record's. Ids are UUIDs, so a plain text replacement cannot hit anything else.
        var rewritten = RewriteReferences(patientEvent.Bundle, bundle, context.IdMap);
        if (!FhirJson.TryParse<Bundle>(rewritten, out var resolved, out issues))
        {
            throw new InvalidDataException("The Bundle could not be read after resolving references: " + (issues.Count > 0 ? issues[0].Message : "unknown problem"));
        }

        var resources = new List<Resource>(resolved.Entry?.Count ?? 0);
        var keys = new List<long>();
        foreach (var entry in resolved.Entry ?? [])
        {
            if (entry.Request is { Method: HTTPVerb.DELETE, Url: { } url } && url.Split('/') is [var deletedType, var deletedId])
            {
                context.Deletions.Add((deletedType, deletedId));
                keys.Add(LockKey(deletedType, deletedId));
                continue;
            }

            if (entry.Resource is null or MessageHeader || entry.Resource.Id is null)
            {
                continue;
            }

            if (context.IdMap.TryGetValue(entry.Resource.Id, out var mapped))
            {
                entry.Resource.Id = mapped;
            }

            if (entry.Resource is MedicationStatement statement)
            {
                // The record's MedicationStatements are the prescribing view's own lines; a sender's statement is evidence for one.
                context.Statements.Add(statement);
                continue;
            }

            resources.Add(entry.Resource);
            keys.Add(LockKey(FhirCode.ToCode(entry.Resource.ResourceType), entry.Resource.Id));
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

    /// <summary>
    /// GP or hospital: a GP medication feed (OMP) or a sender whose MSH-4 is a GP practice ODS code (a letter and five
    /// digits, e.g. B82001; trusts are three characters, or five with a site suffix) is primary care.
    /// </summary>
    internal static CareSetting CareSettingOf(PatientEvent patientEvent)
    {
        if (patientEvent.EventCode.StartsWith("OMP", StringComparison.Ordinal))
        {
            return CareSetting.Gp;
        }

        var ods = patientEvent.SendingFacility;
        return ods.Length == 6 && char.IsAsciiLetterUpper(ods[0]) && ods.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 ? CareSetting.Gp : CareSetting.Hospital;
    }

    private static async Task<bool> RecordMessageAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("insert into applied_messages (message_id, event_code) values ($1, $2) on conflict do nothing", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
        command.Parameters.Add(Text(patientEvent.EventCode));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static string RewriteReferences(string json, Bundle bundle, Dictionary<string, string> idMap)
    {
        var builder = new StringBuilder(json);
        foreach (var entry in bundle.Entry ?? [])
        {
            if (entry.Resource?.Id is not { } id || entry.FullUrl is not { } fullUrl || !fullUrl.StartsWith(UuidScheme, StringComparison.Ordinal))
            {
                continue;
            }

            var target = FhirCode.ToCode(entry.Resource.ResourceType) + "/" + (idMap.TryGetValue(id, out var mapped) ? mapped : id);
            builder.Replace("\"" + fullUrl + "\"", "\"" + target + "\"");
        }

        return builder.ToString();
    }
}
