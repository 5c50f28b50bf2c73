using Npgsql;

namespace IntegrationHub.Storage;

internal sealed partial class PostgresReceivedMessageStore(NpgsqlDataSource dataSource) : IReceivedMessageStore, IMessageArchive
{
    // Intake's resend checks, many connections at once, go to the database a query per round, not per message.
    private readonly CoalescedLookup<SenderControlId, PriorReceipt> _lookups =
        new((keys, cancellationToken) => FindManyAsync(dataSource, keys, cancellationToken), queryTimeout: TimeSpan.FromSeconds(5));

    // Any constant will do: it only has to be the same for every hub instance migrating this database.
    private const long MigrationLockKey = 0x4855_4221;

    private const string Schema = """
        create table if not exists received_messages (
            message_id           uuid primary key,
            seq                  bigint generated always as identity,
            sending_application  text not null,
            sending_facility     text not null,
            control_id           text not null,
            message_type         text not null,
            version              text not null,
            content_hash         text not null,
            raw                  bytea not null,
            received_at          timestamptz not null,
            stored_at            timestamptz not null default now(),
            trace_id             text,
            ack                  bytea not null,
            partition_key        text not null,
            unique (sending_application, sending_facility, control_id, content_hash)
        );
        create index if not exists received_messages_received_at on received_messages (received_at);
        create table if not exists failed_messages (
            message_id           uuid primary key,
            sending_application  text not null,
            sending_facility     text not null,
            control_id           text not null,
            message_type         text not null,
            version              text not null,
            content_hash         text not null,
            raw                  bytea not null,
            received_at          timestamptz not null,
            ack                  bytea not null,
            partition_key        text not null,
            reason               text not null,
            failed_at            timestamptz not null default now(),
            attempts             integer not null default 1,
            replayed_at          timestamptz
        );
        alter table failed_messages add column if not exists replayed_at timestamptz;
        """;

    private const string Insert = """
        insert into received_messages
            (message_id, sending_application, sending_facility, control_id, message_type, version, content_hash, raw, received_at, ack, partition_key, trace_id)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        on conflict do nothing
        """;

    // Served by the unique index, whose first three columns are exactly this key; k.i is the key's position.
    private const string FindMany = """
        select k.i, r.content_hash, r.ack
        from unnest($1::text[], $2::text[], $3::text[]) with ordinality as k(a, f, c, i)
        cross join lateral (
            select content_hash, ack from received_messages
            where sending_application = k.a and sending_facility = k.f and control_id = k.c
            order by stored_at limit 1) r
        """;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_xact_lock({MigrationLockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand(Schema + TimelineSchema, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoreOutcome[]> StoreAsync(IReadOnlyList<MessageToStore> messages, CancellationToken cancellationToken)
    {
        var outcomes = new StoreOutcome[messages.Count];
        if (messages.Count == 0)
        {
            return outcomes;
        }

        // One round trip and one commit (one WAL flush) for the whole batch: an NpgsqlBatch runs as one implicit
        // transaction, so the batch is stored entirely or not at all.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var (message, traceId) in messages)
            {
                var insert = new NpgsqlBatchCommand(Insert);
                AddMessageParameters(insert.Parameters, message);
                insert.Parameters.Add(Text(traceId));
                batch.BatchCommands.Add(insert);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < messages.Count; i++)
            {
                outcomes[i] = batch.BatchCommands[i].RecordsAffected == 1 ? StoreOutcome.Stored : StoreOutcome.Resend;
            }
        }

        await ClassifyNotStoredAsync(connection, messages, outcomes, cancellationToken);
        return outcomes;
    }

    // A row that was not inserted is either this very message again (its id is there) or a resend of it.
    private static async Task ClassifyNotStoredAsync(NpgsqlConnection connection, IReadOnlyList<MessageToStore> messages, StoreOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var notStored = new List<Guid>();
        for (var i = 0; i < messages.Count; i++)
        {
            if (outcomes[i] != StoreOutcome.Stored)
            {
                notStored.Add(messages[i].Message.MessageId);
            }
        }

        if (notStored.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("select message_id from received_messages where message_id = any($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. notStored] });
        var present = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetGuid(0));
            }
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (outcomes[i] != StoreOutcome.Stored && present.Contains(messages[i].Message.MessageId))
            {
                outcomes[i] = StoreOutcome.Redelivered;
            }
        }
    }

    public Task<PriorReceipt?> FindAsync(string sendingApplication, string sendingFacility, string controlId, CancellationToken cancellationToken) =>
        _lookups.FindAsync(new SenderControlId(sendingApplication, sendingFacility, controlId), cancellationToken);

    private static async Task<PriorReceipt?[]> FindManyAsync(NpgsqlDataSource dataSource, IReadOnlyList<SenderControlId> keys, CancellationToken cancellationToken)
    {
        var applications = new string[keys.Count];
        var facilities = new string[keys.Count];
        var controlIds = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            (applications[i], facilities[i], controlIds[i]) = keys[i];
        }

        // The batch is one implicit transaction, so the setting holds for the lookup only. PostgreSQL costs the generic
        // plan for 100 keys against a custom plan for the real few and so planned the lookup afresh on every call;
        // its shape (a lateral probe of the unique index per key) makes the generic plan right whatever the count.
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("set local plan_cache_mode = force_generic_plan"));
        var command = new NpgsqlBatchCommand(FindMany);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = applications });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = facilities });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = controlIds });
        batch.BatchCommands.Add(command);
        var found = new PriorReceipt?[keys.Count];
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetInt64(0) - 1] = new PriorReceipt(reader.GetString(1), (byte[])reader[2]);
        }

        return found;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
