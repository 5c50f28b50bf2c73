using Npgsql;

namespace IntegrationHub.Notifications.Postgres;

internal sealed partial class PostgresNotificationStore
{
    // Differs from the message store's and the care record's keys so the migrations never wait on each other.
    private const long MigrationLockKey = 0x4855_424E_4F54;

    // notification_subscriptions: one row per Subscription: what was asked (the resource as sent, and its parts
    //   for matching and delivery), its status, and its delivery state: events_since_start is the last event
    //   number allocated (gap-free: allocated in the transaction that records the notification), last_delivered
    //   the last one the subscriber acknowledged with 2xx, attempts the failures in a row, next_attempt_at when
    //   to try again, last_sent_at the last POST that succeeded (heartbeats are timed from it).
    // notification_events: one row per discharge or cancellation event that matched a subscription, keyed by the
    //   message id (the idempotency key of ApplyAsync), with the discharge summary fixed when recorded.
    // notification_outbox: (subscription, event number) -> event; what delivery and $events read.
    private const string Schema = """
        create table if not exists notification_subscriptions (
            id                 text primary key,
            version_id         integer not null,
            owner_ods          text,
            owner_subject      text not null,
            status             text not null,
            resource           text not null,
            filter_ods         text,
            filter_patients    text[] not null,
            endpoint           text not null,
            headers            text[] not null,
            payload            text not null,
            heartbeat_seconds  integer,
            timeout_seconds    integer,
            ends_at            timestamptz,
            events_since_start bigint not null default 0,
            last_delivered     bigint not null default 0,
            attempts           integer not null default 0,
            next_attempt_at    timestamptz not null,
            last_sent_at       timestamptz,
            last_delivered_at  timestamptz,
            last_error         text,
            created_at         timestamptz not null,
            updated_at         timestamptz not null
        );
        create index if not exists notification_subscriptions_practice on notification_subscriptions (filter_ods) where filter_ods is not null;
        create index if not exists notification_subscriptions_patients on notification_subscriptions using gin (filter_patients);
        create index if not exists notification_subscriptions_due on notification_subscriptions (next_attempt_at) where status <> 'off';
        create table if not exists notification_events (
            message_id      uuid primary key,
            kind            text not null,
            occurred_at     timestamptz,
            recorded_at     timestamptz not null,
            focus_url       text,
            focus_reference text,
            summary         text not null
        );
        create table if not exists notification_outbox (
            subscription_id text not null references notification_subscriptions (id) on delete cascade,
            event_number    bigint not null,
            message_id      uuid not null references notification_events (message_id),
            created_at      timestamptz not null,
            primary key (subscription_id, event_number)
        );
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // create table if not exists is not safe against a concurrent create of the same table; the lock makes a
        // second hub instance wait, then find everything in place.
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = MigrationLockKey });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand(Schema, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
