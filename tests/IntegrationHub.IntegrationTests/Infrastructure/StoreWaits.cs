using Npgsql;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Waiting for the store to catch up after a burst or an outage.</summary>
public static class StoreWaits
{
    /// <summary>Reads the store until every one of <paramref name="controlIds"/> is there (or time runs out); tolerates a database still starting.</summary>
    private static async Task<List<StoredMessage>> UntilStoredAsync(string connectionString, IReadOnlySet<string> controlIds, TimeSpan? timeout = null)
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

    /// <summary>Waits until every acknowledged message is stored (or time runs out), then says which are missing and which are there twice.</summary>
    public static async Task<StoreTally> TallyAsync(string connectionString, IReadOnlySet<string> acknowledged)
    {
        var stored = await UntilStoredAsync(connectionString, acknowledged);
        var copies = stored.GroupBy(s => s.ControlId).ToDictionary(g => g.Key, g => g.Count());
        return new StoreTally(
            acknowledged.Count,
            stored.Count,
            [.. acknowledged.Where(id => !copies.ContainsKey(id))],
            [.. copies.Where(pair => pair.Value > 1).Select(pair => pair.Key)]);
    }
}

/// <summary>How the store holds the messages the hub acknowledged: the fault tests' promise is none lost, none twice.</summary>
public sealed record StoreTally(int Acknowledged, int Stored, string[] Lost, string[] Duplicated)
{
    public void AssertEachStoredExactlyOnce()
    {
        Assert.True(Lost.Length == 0, $"{Lost.Length} of {Acknowledged} AA'd messages were lost, e.g. {string.Join(", ", Lost.Take(5))}");
        Assert.True(Duplicated.Length == 0, $"{Duplicated.Length} messages were stored more than once, e.g. {string.Join(", ", Duplicated.Take(5))}");
    }
}
