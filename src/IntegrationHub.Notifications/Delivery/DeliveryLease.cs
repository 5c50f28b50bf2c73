using Npgsql;

namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// A session-level advisory lock on one subscription, held on its own connection while this instance delivers
/// to it, so two hub instances never deliver to one subscription at once. If the process dies the connection
/// closes and PostgreSQL releases the lock. No row lock is held while the subscriber is called, so recording new
/// notifications (ingestion) never waits for a slow endpoint.
/// </summary>
internal sealed class DeliveryLease(NpgsqlConnection connection, long key) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is broken: the server has released the lock with the session.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
