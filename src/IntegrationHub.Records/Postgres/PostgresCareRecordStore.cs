using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Records.Postgres;

/// <summary>
/// The care record and prescribing view in PostgreSQL: resources as jsonb with their history, search index
/// tables, the master patient index and the applied-message table. One transaction per event.
/// </summary>
internal sealed partial class PostgresCareRecordStore(NpgsqlDataSource dataSource, TimeProvider timeProvider) : ICareRecordStore
{
    /// <summary>
    /// A stable 64-bit key for <c>pg_advisory_xact_lock</c> (SHA-256 of the text, so every hub instance agrees;
    /// string.GetHashCode is randomised per process).
    /// </summary>
    internal static long LockKey(string kind, string value)
    {
        var length = Encoding.UTF8.GetByteCount(kind) + 1 + Encoding.UTF8.GetByteCount(value);
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(kind, buffer);
        buffer[written++] = 0x1F;
        Encoding.UTF8.GetBytes(value, buffer[written..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);
        return BitConverter.ToInt64(hash);
    }

    /// <summary>
    /// Takes transaction-level advisory locks in ascending key order: every transaction that locks several keys
    /// locks them in the same order, so two events sharing a practitioner or location never deadlock.
    /// </summary>
    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        keys.Sort();
        await using var command = new NpgsqlCommand("select count(pg_advisory_xact_lock(k)) from (select unnest($1) as k order by 1) s", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter NullableText(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
