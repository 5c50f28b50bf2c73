using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Records.Tests;

/// <summary>What only the embedded SQLite store has: its file location and writers from two store instances.</summary>
public sealed class EmbeddedStoreTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoStoreInstancesOnOneFileWriteInTurnWithoutLosingAnEvent()
    {
        // Each instance has its own gate; only the file's write lock (BEGIN IMMEDIATE, busy timeout) orders them.
        await using var db = await RecordDatabase.CreateAsync(StoreKind.Sqlite, "rec_two_writers");
        var second = db.OpenAnotherStore();
        try
        {
            var events = Enumerable.Range(0, 16)
                .Select(i => Events.From(V2.Adt("A01", "W" + i, T0, new V2.Person(V2.MakeNhsNumber(2000 + (i * 7)), "RXX" + i), visit: "V" + i), T0))
                .ToList();
            var results = await Task.WhenAll(events.Select((e, i) => Task.Run(() => (i % 2 == 0 ? db.Store : second).ApplyAsync(e, default))));
            Assert.All(results, Assert.True);
            Assert.Equal(16, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter'"));
            Assert.Equal(16, await db.CountAsync("select count(*) from applied_messages"));
            Assert.Equal(1, await db.CountAsync("select max(version_id) from fhir_resources where resource_type = 'Location'"));

            // A redelivery to the other instance is still recognised.
            Assert.False(await second.ApplyAsync(events[0], default));
        }
        finally
        {
            ((IDisposable)second).Dispose();
        }
    }

    [Theory]
    [InlineData(null, null, "data/care-record.db")]
    [InlineData("/var/lib/hub/hub.db", null, "/var/lib/hub/care-record.db")]
    [InlineData("hub.db", null, "care-record.db")]
    [InlineData("/var/lib/hub/hub.db", "/srv/record.db", "/srv/record.db")]
    public void TheCareRecordFileSitsBesideTheHubDatabaseUnlessSetExplicitly(string? hubDatabase, string? careRecord, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Embedded:DatabasePath"] = hubDatabase,
            ["Embedded:CareRecordPath"] = careRecord,
        }).Build();
        Assert.Equal(expected, CareRecordServiceCollectionExtensions.EmbeddedCareRecordPath(configuration));
    }
}
