using Npgsql;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Waiting for the store to catch up after a burst or an outage.</summary>
public static class StoreWaits
{
    /// <summary>Reads the store until every one of <paramref name="controlIds"/> is there (or time runs out); tolerates a database still starting.</summary>
    public static async Task<List<StoredMessage>> UntilStoredAsync(string connectionString, IReadOnlySet<string> controlIds, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            List<StoredMessage> stored = [];
            try
            {
                stored = await RealServicesFixture.ReadStoredAsync(connectionString);
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                // Still starting up after an outage.
            }

            if (controlIds.IsSubsetOf(stored.Select(s => s.ControlId)) || DateTime.UtcNow > deadline)
            {
                return stored;
            }

            await Task.Delay(250);
        }
    }
}
