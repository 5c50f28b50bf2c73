using IntegrationHub.Notifications.Delivery;
using Npgsql;

namespace IntegrationHub.Notifications.Postgres;

internal sealed partial class PostgresNotificationStore
{
    public async Task<IReadOnlyList<string>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();

        // A subscription past its end is switched off first (it gets nothing more, not even its backlog).
        await using (var end = dataSource.CreateCommand("update notification_subscriptions set status = 'off', updated_at = $1 where status <> 'off' and ends_at <= $1"))
        {
            end.Parameters.Add(Time(now));
            await end.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = dataSource.CreateCommand(
            "select id from notification_subscriptions where status <> 'off' and next_attempt_at <= $1 and ("
            + "status = 'requested' or last_delivered < events_since_start "
            + "or (status in ('active', 'error') and heartbeat_seconds is not null and coalesce(last_sent_at, created_at) + make_interval(secs => heartbeat_seconds) <= $1)) "
            + "order by next_attempt_at limit $2");
        command.Parameters.Add(Time(now));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<DeliveryLease?> TryLeaseAsync(string id, CancellationToken cancellationToken)
    {
        var key = LockKey("subscription", id);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new DeliveryLease(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task RecordHandshakeAsync(string id, int versionId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "update notification_subscriptions set status = 'active', attempts = 0, last_error = null, last_sent_at = $3, next_attempt_at = $3, updated_at = $3 "
            + "where id = $1 and version_id = $2 and status = 'requested'");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = versionId });
        command.Parameters.Add(Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordDeliveredAsync(string id, long eventNumber, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "update notification_subscriptions set last_delivered = greatest(last_delivered, $2), attempts = 0, last_error = null, "
            + "status = case when status = 'error' then 'active' else status end, last_sent_at = $3, last_delivered_at = $3, next_attempt_at = $3, updated_at = $3 where id = $1");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = eventNumber });
        command.Parameters.Add(Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordHeartbeatAsync(string id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var command = dataSource.CreateCommand("update notification_subscriptions set last_sent_at = $2, attempts = 0, last_error = null, next_attempt_at = $2, status = case when status = 'error' then 'active' else status end where id = $1");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordFailureAsync(string id, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();

        // Exponential backoff from MinBackoff, doubling per failure in a row, capped at MaxBackoff, with up to 20%
        // taken off at random so subscribers that failed together do not all come back at the same instant.
        // Past the retry limit (status error) every retry waits MaxBackoff.
        // A requested subscription whose handshake keeps failing stays requested: it never receives events.
        await using var command = dataSource.CreateCommand(
            "update notification_subscriptions set attempts = attempts + 1, last_error = $2, updated_at = $3, "
            + "next_attempt_at = $3 + make_interval(secs => (case when attempts + 1 >= $6 then $5 else least($5, $4 * power(2, least(attempts, 40))) end) * (0.8 + random() * 0.2)), "
            + "status = case when status = 'active' and attempts + 1 >= $6 then 'error' else status end where id = $1");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(Text(error.Length > 500 ? error[..500] : error));
        command.Parameters.Add(Time(now));
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = settings.MinBackoff.TotalSeconds });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = settings.MaxBackoff.TotalSeconds });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = settings.RetryLimit });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
