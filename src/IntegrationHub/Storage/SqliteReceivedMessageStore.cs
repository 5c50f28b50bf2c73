using IntegrationHub.Contracts;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Storage;

/// <summary>
/// The embedded default's store and intake journal in one SQLite file (WAL, synchronous=FULL so a committed
/// journal entry survives power loss). SQLite has one writer at a time, so writes queue on a semaphore instead
/// of spinning on SQLITE_BUSY.
/// </summary>
internal sealed partial class SqliteReceivedMessageStore : IReceivedMessageStore, IIntakeJournal, IMessageArchive, IDisposable
{
    private const string Schema = """
        pragma journal_mode = wal;
        create table if not exists received_messages (
            message_id           text primary key,
            sending_application  text not null,
            sending_facility     text not null,
            control_id           text not null,
            message_type         text not null,
            version              text not null,
            content_hash         text not null,
            raw                  blob not null,
            received_at          text not null,
            stored_at            text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            trace_id             text,
            ack                  blob not null,
            partition_key        text not null,
            unique (sending_application, sending_facility, control_id, content_hash)
        );
        create table if not exists intake_journal (
            message_id           text primary key,
            sending_application  text not null,
            sending_facility     text not null,
            control_id           text not null,
            message_type         text not null,
            version              text not null,
            content_hash         text not null,
            raw                  blob not null,
            received_at          text not null,
            ack                  blob not null,
            partition_key        text not null
        );
        create index if not exists intake_journal_key on intake_journal (sending_application, sending_facility, control_id);
        create table if not exists failed_messages (
            message_id           text primary key,
            sending_application  text not null,
            sending_facility     text not null,
            control_id           text not null,
            message_type         text not null,
            version              text not null,
            content_hash         text not null,
            raw                  blob not null,
            received_at          text not null,
            ack                  blob not null,
            partition_key        text not null,
            reason               text not null,
            failed_at            text not null,
            attempts             integer not null default 1,
            replayed_at          text
        );
        """;

    private const string Columns = "message_id, sending_application, sending_facility, control_id, message_type, version, content_hash, raw, received_at, ack, partition_key";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly GroupCommit<Hl7MessageReceived> _journal;

    public SqliteReceivedMessageStore(EmbeddedOptions options)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        _journal = new GroupCommit<Hl7MessageReceived>(WriteJournalAsync);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema + TimelineSchema;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await AddMissingColumnsAsync(connection, cancellationToken);
    }

    // Columns added after a file's tables were first created. SQLite has no "add column if not exists", and
    // "create table if not exists" leaves an older file's tables as they were: without this, a hub started on a
    // file from an earlier version fails at the first read. Rows from before a column existed get its default
    // (an empty ACK is never replayed to a sender; see FindAsync).
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("received_messages", "ack", "blob not null default x''"),
        ("received_messages", "partition_key", "text not null default ''"),
        ("intake_journal", "ack", "blob not null default x''"),
        ("intake_journal", "partition_key", "text not null default ''"),
        ("failed_messages", "ack", "blob not null default x''"),
        ("failed_messages", "partition_key", "text not null default ''"),
        ("failed_messages", "attempts", "integer not null default 1"),
        ("failed_messages", "replayed_at", "text"),
    ];

    private static async Task AddMissingColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (table, column, definition) in AddedColumns)
        {
            await using var check = connection.CreateCommand();
            check.CommandText = "select count(*) from pragma_table_info($1) where name = $2";
            check.Parameters.AddWithValue("$1", table);
            check.Parameters.AddWithValue("$2", column);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await using var alter = connection.CreateCommand();
                alter.CommandText = $"alter table {table} add column {column} {definition}";
                await alter.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Commits the entry together with whatever other connections are appending at the same moment (see
    /// <see cref="GroupCommit{T}"/>). Not cancelled half-way: an entry another caller's commit carries must land.
    /// </summary>
    public Task AppendAsync(Hl7MessageReceived message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _journal.AddAsync(message);
    }

    private async Task WriteJournalAsync(IReadOnlyList<Hl7MessageReceived> messages)
    {
        await _writer.WaitAsync();
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            foreach (var message in messages)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"insert or ignore into intake_journal ({Columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
                AddMessageParameters(command, message);
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<Hl7MessageReceived>> ReadPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {Columns} from intake_journal order by received_at, rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pending = new List<Hl7MessageReceived>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(ReadMessage(reader));
        }

        return pending;
    }

    public async Task<StoreOutcome[]> StoreAsync(IReadOnlyList<MessageToStore> messages, CancellationToken cancellationToken)
    {
        var outcomes = new StoreOutcome[messages.Count];
        await _writer.WaitAsync(cancellationToken);
        try
        {
            // One transaction for the batch: one fsync instead of one per message.
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < messages.Count; i++)
            {
                var (message, traceId) = messages[i];
                outcomes[i] = await StoreOneAsync(connection, transaction, message, traceId, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return outcomes;
        }
        finally
        {
            _writer.Release();
        }
    }

    private static async Task<StoreOutcome> StoreOneAsync(SqliteConnection connection, SqliteTransaction transaction, Hl7MessageReceived message, string? traceId, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"insert or ignore into received_messages ({Columns}, trace_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
        AddMessageParameters(insert, message);
        insert.Parameters.AddWithValue("$12", (object?)traceId ?? DBNull.Value);
        var outcome = StoreOutcome.Stored;
        if (await insert.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            await using var find = connection.CreateCommand();
            find.Transaction = transaction;
            find.CommandText = "select count(*) from received_messages where message_id = $1";
            find.Parameters.AddWithValue("$1", message.MessageId.ToString());
            outcome = Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0
                ? StoreOutcome.Redelivered
                : StoreOutcome.Resend;
        }

        await using var release = connection.CreateCommand();
        release.Transaction = transaction;
        release.CommandText = "delete from intake_journal where message_id = $1";
        release.Parameters.AddWithValue("$1", message.MessageId.ToString());
        await release.ExecuteNonQueryAsync(cancellationToken);
        return outcome;
    }

    public async Task<PriorReceipt?> FindAsync(string sendingApplication, string sendingFacility, string controlId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // The journal too: a message acknowledged but not yet stored is already the hub's.
        command.CommandText = """
            select content_hash, ack from received_messages where sending_application = $1 and sending_facility = $2 and control_id = $3 and length(ack) > 0
            union all
            select content_hash, ack from intake_journal where sending_application = $1 and sending_facility = $2 and control_id = $3 and length(ack) > 0
            limit 1
            """;
        command.Parameters.AddWithValue("$1", sendingApplication);
        command.Parameters.AddWithValue("$2", sendingFacility);
        command.Parameters.AddWithValue("$3", controlId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new PriorReceipt(reader.GetString(0), (byte[])reader[1]) : null;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose() => _writer.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "pragma synchronous = full; pragma busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static void AddMessageParameters(SqliteCommand command, Hl7MessageReceived message)
    {
        command.Parameters.AddWithValue("$1", message.MessageId.ToString());
        command.Parameters.AddWithValue("$2", message.SendingApplication);
        command.Parameters.AddWithValue("$3", message.SendingFacility);
        command.Parameters.AddWithValue("$4", message.ControlId);
        command.Parameters.AddWithValue("$5", message.MessageType);
        command.Parameters.AddWithValue("$6", message.Version);
        command.Parameters.AddWithValue("$7", message.ContentHash);
        command.Parameters.AddWithValue("$8", message.Raw);
        command.Parameters.AddWithValue("$9", message.ReceivedAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$10", message.Ack);
        command.Parameters.AddWithValue("$11", message.PartitionKey);
    }
}
