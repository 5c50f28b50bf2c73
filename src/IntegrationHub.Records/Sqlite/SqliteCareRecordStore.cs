using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Sqlite;

/// <summary>
/// The care record and prescribing view in one SQLite file: the embedded default for a single machine. The same
/// tables as the PostgreSQL store (resources as JSON text with their history, search index tables, the master
/// patient index, the applied-message table), one transaction per event, times as UTC ticks. One writer at a time:
/// writes queue on a gate in this process and take the file's write lock at BEGIN IMMEDIATE (another connection
/// waits up to the busy timeout); reads run beside them (WAL). Concurrency is within one process only: several hub
/// instances sharing a care record (scale-out) need PostgreSQL.
/// </summary>
internal sealed partial class SqliteCareRecordStore(string databasePath, TimeProvider timeProvider) : ICareRecordStore, IDisposable
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Pooling = true,
        DefaultTimeout = BusyTimeoutMilliseconds / 1000,
    }.ToString();

    /// <summary>The database file.</summary>
    public string DatabasePath => databasePath;

    public void Dispose() => _writeGate.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = Command(connection, null, $"pragma busy_timeout = {BusyTimeoutMilliseconds}");
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> as the only writer: the gate orders this process's writers, BEGIN IMMEDIATE takes
    /// the file's write lock before the first read so what the work reads cannot change under it. Commits when the
    /// work returns true, rolls back otherwise.
    /// </summary>
    private async Task<bool> WriteTransactionAsync(Func<SqliteTransaction, Task<bool>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (!await work(transaction))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>A command whose values bind to <c>$1</c>, <c>$2</c> … in order (null as SQL null).</summary>
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params ReadOnlySpan<object?> values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var value in values)
        {
            Parameter(command, value);
        }

        return command;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, params ReadOnlySpan<object?> values) =>
        Command(transaction.Connection!, transaction, sql, values);

    private static async Task<int> ExecuteAsync(SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the next <c>$n</c> parameter and returns its name.</summary>
    private static string Parameter(SqliteCommand command, object? value)
    {
        var name = "$" + (command.Parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return name;
    }

    /// <summary>Times are stored as UTC ticks: integers order and compare exactly, whatever the sender's offset.</summary>
    private static long Ticks(DateTimeOffset time) => time.UtcTicks;

    private static object? Ticks(DateTimeOffset? time) => time?.UtcTicks;

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A JSON array of strings, for <c>in (select value from json_each($n))</c>: one parameter for a whole list.</summary>
    private static string JsonArray(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
