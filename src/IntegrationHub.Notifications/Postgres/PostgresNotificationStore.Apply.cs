using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Events;
using IntegrationHub.Records;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IntegrationHub.Notifications.Postgres;

internal sealed partial class PostgresNotificationStore
{
    // Who an event is for: an active (or failing, still owed) subscription whose practice filter names the
    // patient's registered practice and whose patient filter lists one of the patient's identifiers (either
    // filter may be absent, not both), owned by that same practice or by a system caller. The owner check means a
    // practice's patient-list subscription stops receiving a patient who has registered elsewhere.
    private const string MatchCondition = """
        status in ('active', 'error')
        and (ends_at is null or ends_at > $3)
        and (filter_ods is null or filter_ods = $1)
        and (cardinality(filter_patients) = 0 or filter_patients && $2)
        and (owner_ods is null or owner_ods = $1)
        """;

    public async Task ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientEvent);
        if (!DischargeNotificationEvents.IsNotifiable(patientEvent))
        {
            return;
        }

        if (!DischargeFacts.TryRead(patientEvent, out var facts))
        {
            LogUnreadable(logger, patientEvent.MessageId, patientEvent.EventCode);
            return;
        }

        using var activity = NotificationsTelemetry.Source.StartActivity("notify.record");
        activity?.SetTag("hub.message_id", patientEvent.MessageId);
        activity?.SetTag("hub.event_code", patientEvent.EventCode);
        var now = timeProvider.GetUtcNow();
        var ods = facts!.GpPracticeOds ?? string.Empty;
        if (!await AnyMatchAsync(ods, facts.Identifiers, now, cancellationToken))
        {
            return;
        }

        var summary = DischargeSummary.Build(facts, await MedicationAsync(facts, cancellationToken), now);
        var focusReference = facts.Encounter?.Id is { } encounterId ? "Encounter/" + encounterId : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var recorded = await RecordAsync(patientEvent, facts, ods, summary, focusReference, now, cancellationToken);
                activity?.SetTag("hub.notifications", recorded);
                if (recorded > 0)
                {
                    NotificationsTelemetry.Recorded.Add(recorded, new KeyValuePair<string, object?>("kind", facts.IsCancellation ? "cancelled" : "discharged"));
                    LogRecorded(logger, patientEvent.MessageId, recorded);
                    signal.Notify();
                }

                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 5)
            {
                // Two events of different patients of one practice lock the same subscription rows (in id
                // order, so this is rare); the loser simply tries again.
            }
        }
    }

    private async Task<bool> AnyMatchAsync(string ods, List<string> identifiers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select exists (select 1 from notification_subscriptions where " + MatchCondition + ")");
        command.Parameters.Add(Text(ods));
        command.Parameters.Add(TextArray(identifiers));
        command.Parameters.Add(Time(now));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>One transaction: the event row (the idempotency key), then per matching subscription, locked in id order, the next number and its outbox row.</summary>
    private async Task<int> RecordAsync(PatientEvent patientEvent, DischargeFacts facts, string ods, string summary, string? focusReference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(
            "insert into notification_events (message_id, kind, occurred_at, recorded_at, focus_url, focus_reference, summary) values ($1, $2, $3, $4, $5, $6, $7) on conflict (message_id) do nothing",
            connection,
            transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
            insert.Parameters.Add(Text(facts.IsCancellation ? "cancelled" : "discharged"));
            insert.Parameters.Add(NullableTime(patientEvent.OccurredAt));
            insert.Parameters.Add(Time(now));
            insert.Parameters.Add(NullableText(facts.EncounterUrl));
            insert.Parameters.Add(NullableText(focusReference));
            insert.Parameters.Add(Text(summary));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // Applied before (a redelivery after a crash or replay): its notifications exist already.
                await transaction.RollbackAsync(cancellationToken);
                return 0;
            }
        }

        int count;
        await using (var allocate = new NpgsqlCommand(
            "with matched as (select id from notification_subscriptions where " + MatchCondition + " order by id for update), "
            + "numbered as (update notification_subscriptions s set events_since_start = s.events_since_start + 1, updated_at = $3 from matched m where s.id = m.id returning s.id, s.events_since_start) "
            + "insert into notification_outbox (subscription_id, event_number, message_id, created_at) select id, events_since_start, $4, $3 from numbered",
            connection,
            transaction))
        {
            allocate.Parameters.Add(Text(ods));
            allocate.Parameters.Add(TextArray(facts.Identifiers));
            allocate.Parameters.Add(Time(now));
            allocate.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = patientEvent.MessageId });
            count = await allocate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (count > 0)
        {
            await using var notify = new NpgsqlCommand("select pg_notify('" + NotifyChannel + "', '')", connection, transaction);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// The discharge medication from the care record's prescribing view (one MedicationStatement per medicine,
    /// hospital and GP sources merged), found through the patient's identifiers; the event's own Bundle when the
    /// care record does not know the patient yet.
    /// </summary>
    private async Task<IReadOnlyList<MedicationStatement>> MedicationAsync(DischargeFacts facts, CancellationToken cancellationToken)
    {
        var result = new List<MedicationStatement>();
        string? patientId = null;
        foreach (var identifier in facts.Identifiers)
        {
            var bar = identifier.IndexOf('|', StringComparison.Ordinal);
            patientId = await careRecord.FindPatientAsync(identifier[..bar], identifier[(bar + 1)..], cancellationToken);
            if (patientId is not null)
            {
                break;
            }
        }

        if (patientId is not null)
        {
            var query = new SearchQuery { ResourceType = "MedicationStatement", Count = 200 };
            query.Criteria.Add(new SearchCriterion("patient", SearchParamKind.Patient, [new SearchValue(null, patientId)]));
            var found = await careRecord.SearchAsync(query, cancellationToken);
            foreach (var stored in found.Matches)
            {
                if (!stored.Deleted && FhirJson.TryParse<MedicationStatement>(stored.Json, out var statement, out _))
                {
                    statement.Meta = null;
                    result.Add(statement);
                }
            }

            return result;
        }

        foreach (var entry in facts.Bundle.Entry ?? [])
        {
            if (entry.Resource is MedicationStatement statement)
            {
                result.Add(statement);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discharge event {MessageId} ({EventCode}) has no readable Patient in its Bundle; no notification")]
    private static partial void LogUnreadable(ILogger logger, Guid messageId, string eventCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discharge event {MessageId} recorded for {Count} subscription(s)")]
    private static partial void LogRecorded(ILogger logger, Guid messageId, int count);
}
