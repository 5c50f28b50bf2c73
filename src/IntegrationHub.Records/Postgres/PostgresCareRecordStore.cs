using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Fhir;
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
    private static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<long> keys, CancellationToken cancellationToken) =>
        LockAsync(connection, transaction, keys.ConvertAll(key => (key, true)), cancellationToken);

    /// <summary>
    /// As above, each key exclusive or shared. Shared is for <see cref="IsSharedReference"/> resources: events
    /// that leave them unchanged (nearly all) then run side by side, where exclusive locks on the practice that
    /// every patient's message names made the whole care record one event at a time across all partitions.
    /// A shared lock still keeps writers out while held, so what was read stays current; a writer upgrades
    /// (<see cref="UpgradeCommand"/>) without waiting, and when another event holds the lock too, starts again with
    /// exclusive locks only (waiting on another shared holder could deadlock with its own upgrade).
    /// </summary>
    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(long Key, bool Exclusive)> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            batch.BatchCommands.Add(LockCommand(keys));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The statement of <see cref="LockAsync(NpgsqlConnection, NpgsqlTransaction, List{ValueTuple{long, bool}}, CancellationToken)"/>, to send in a batch with others.</summary>
    private static NpgsqlBatchCommand LockCommand(List<(long Key, bool Exclusive)> keys)
    {
        keys.Sort((a, b) => a.Key.CompareTo(b.Key));
        var command = new NpgsqlBatchCommand("""
            select count(*) from (select k, e from unnest($1, $2) as t(k, e) order by k) s
            where case when e then pg_advisory_xact_lock(k)::text is not null else pg_advisory_xact_lock_shared(k)::text is not null end
            """);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. keys.Select(k => k.Key)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. keys.Select(k => k.Exclusive)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
        return command;
    }

    /// <summary>
    /// Turns a shared lock this transaction holds into an exclusive one, before it writes, answering false at once if
    /// another transaction holds it too (then <see cref="WriteDeferredAsync"/> throws <see cref="SharedLockTaken"/>).
    /// </summary>
    private static NpgsqlBatchCommand UpgradeCommand(long key)
    {
        var command = new NpgsqlBatchCommand("select pg_try_advisory_xact_lock($1)");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
        return command;
    }

    /// <summary>
    /// Sends the event's deferred writes (<see cref="SaveAsync"/>, the patient index) in one round trip, then empties
    /// <paramref name="deferred"/>. Their only statements that answer rows are the lock upgrades: any that failed
    /// throws <see cref="SharedLockTaken"/>, and the writes sent after it are rolled back with the transaction (they
    /// cannot have waited on the other holder: it cannot write while this transaction shares the lock).
    /// </summary>
    private static async Task WriteDeferredAsync(NpgsqlBatch deferred, CancellationToken cancellationToken)
    {
        if (deferred.BatchCommands.Count == 0)
        {
            return;
        }

        var upgraded = true;
        await using (var reader = await deferred.ExecuteReaderAsync(cancellationToken))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    upgraded &= reader.GetBoolean(0);
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        deferred.BatchCommands.Clear();
        if (!upgraded)
        {
            throw new SharedLockTaken();
        }
    }

    /// <summary>An upgrade found another transaction sharing the lock; the event is applied again, exclusively.</summary>
    private sealed class SharedLockTaken : Exception;

    /// <summary>
    /// Reference data that many patients' messages carry and that rarely changes: the GP practice, the GP, the
    /// ward, a medicine. Locked shared until a write needs it exclusive (see <see cref="LockAsync(NpgsqlConnection, NpgsqlTransaction, List{ValueTuple{long, bool}}, CancellationToken)"/>).
    /// </summary>
    private static bool IsSharedReference(ResourceType type) =>
        type is ResourceType.Organization or ResourceType.Practitioner or ResourceType.PractitionerRole or ResourceType.Location or ResourceType.Medication;

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter NullableText(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
