using IntegrationHub.Notifications.Subscriptions;
using Npgsql;

namespace IntegrationHub.Notifications.Postgres;

internal sealed partial class PostgresNotificationStore
{
    private const string Columns = """
        id, version_id, owner_ods, owner_subject, status, resource, filter_ods, filter_patients, endpoint, headers, payload,
        heartbeat_seconds, timeout_seconds, ends_at, events_since_start, last_delivered, attempts, next_attempt_at,
        last_sent_at, last_delivered_at, last_error, updated_at
        """;

    public async Task<SubscriptionRecord> CreateAsync(string id, string? ownerOds, string ownerSubject, SubscriptionSpec spec, string resourceJson, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "insert into notification_subscriptions (id, version_id, owner_ods, owner_subject, status, resource, filter_ods, filter_patients, endpoint, headers, payload, "
            + "heartbeat_seconds, timeout_seconds, ends_at, next_attempt_at, created_at, updated_at) "
            + "values ($1, 1, $2, $3, 'requested', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $13) returning " + Columns);
        command.Parameters.Add(Text(id));
        command.Parameters.Add(NullableText(ownerOds));
        command.Parameters.Add(Text(ownerSubject));
        AddSpec(command, resourceJson, spec);
        command.Parameters.Add(Time(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var record = Read(reader);
        signal.Notify();
        return record;
    }

    public async Task<SubscriptionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select " + Columns + " from notification_subscriptions where id = $1");
        command.Parameters.Add(Text(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<SubscriptionRecord?> UpdateAsync(string id, SubscriptionSpec spec, string resourceJson, bool handshakeAgain, CancellationToken cancellationToken)
    {
        // A new endpoint must prove itself again; undelivered notifications stay owed and follow the handshake.
        await using var command = dataSource.CreateCommand(
            "update notification_subscriptions set version_id = version_id + 1, resource = $2, filter_ods = $3, filter_patients = $4, endpoint = $5, headers = $6, "
            + "payload = $7, heartbeat_seconds = $8, timeout_seconds = $9, ends_at = $10, updated_at = $11, "
            + "status = case when $12 then 'requested' when status = 'off' then 'requested' else status end, "
            + "attempts = case when $12 then 0 else attempts end, next_attempt_at = $11 where id = $1 returning " + Columns);
        command.Parameters.Add(Text(id));
        AddSpec(command, resourceJson, spec);
        command.Parameters.Add(Time(timeProvider.GetUtcNow()));
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = handshakeAgain });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var record = await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
        signal.Notify();
        return record;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("delete from notification_subscriptions where id = $1");
        command.Parameters.Add(Text(id));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<SubscriptionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select " + Columns + " from notification_subscriptions order by id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<SubscriptionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    public async Task<IReadOnlyList<StoredNotification>> EventsAsync(string id, long from, long to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select o.event_number, e.message_id, e.kind, e.occurred_at, e.recorded_at, e.focus_url, e.focus_reference, e.summary "
            + "from notification_outbox o join notification_events e on e.message_id = o.message_id "
            + "where o.subscription_id = $1 and o.event_number between $2 and $3 order by o.event_number");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = to });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<StoredNotification>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredNotification(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7)));
        }

        return result;
    }

    private static void AddSpec(NpgsqlCommand command, string resourceJson, SubscriptionSpec spec)
    {
        command.Parameters.Add(Text(resourceJson));
        command.Parameters.Add(NullableText(spec.FilterOds));
        command.Parameters.Add(TextArray(spec.FilterPatients));
        command.Parameters.Add(Text(spec.Endpoint.AbsoluteUri));
        command.Parameters.Add(TextArray(spec.Headers));
        command.Parameters.Add(Text(PayloadCode(spec.Payload)));
        command.Parameters.Add(NullableInt(spec.HeartbeatSeconds));
        command.Parameters.Add(NullableInt(spec.TimeoutSeconds));
        command.Parameters.Add(NullableTime(spec.End));
    }

    private static SubscriptionRecord Read(NpgsqlDataReader reader)
    {
        var spec = new SubscriptionSpec(
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.GetFieldValue<string[]>(7),
            new Uri(reader.GetString(8)),
            reader.GetFieldValue<string[]>(9),
            ParsePayload(reader.GetString(10)),
            reader.IsDBNull(11) ? null : reader.GetInt32(11),
            reader.IsDBNull(12) ? null : reader.GetInt32(12),
            reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13));
        return new SubscriptionRecord(
            reader.GetString(0),
            reader.GetInt32(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            ParseStatus(reader.GetString(4)),
            spec,
            reader.GetString(5),
            reader.GetInt64(14),
            reader.GetInt64(15),
            reader.GetInt32(16),
            reader.GetFieldValue<DateTimeOffset>(17),
            reader.IsDBNull(18) ? null : reader.GetFieldValue<DateTimeOffset>(18),
            reader.IsDBNull(19) ? null : reader.GetFieldValue<DateTimeOffset>(19),
            reader.IsDBNull(20) ? null : reader.GetString(20),
            reader.GetFieldValue<DateTimeOffset>(21));
    }
}
