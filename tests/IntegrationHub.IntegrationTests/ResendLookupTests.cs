using System.Text;
using IntegrationHub.Contracts;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Storage;
using Npgsql;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// Intake's resend check against PostgreSQL, many connections at once: the lookups share queries, and each
/// caller still gets the answer for its own key.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class ResendLookupTests(RealServicesFixture services)
{
    [Fact]
    public async Task ConcurrentLookupsEachGetTheirOwnKeysFirstStoredReceiptOrNothing()
    {
        var settings = await services.IsolatedSettingsAsync("lookup");
        await using var dataSource = NpgsqlDataSource.Create(settings["Postgres:ConnectionString"]);
        var store = new PostgresReceivedMessageStore(dataSource);
        await store.MigrateAsync(CancellationToken.None);

        // Two messages under C2 (a control id reused with other content): the first stored is the receipt.
        await store.StoreAsync([Message("C1", "hash-1"), Message("C2", "hash-2a")], CancellationToken.None);
        await store.StoreAsync([Message("C2", "hash-2b"), Message("C3", "hash-3", facility: "RYY")], CancellationToken.None);

        var asked = Enumerable.Range(0, 200).Select(i => (i % 5) switch
        {
            0 => ("C1", "RXX"),
            1 => ("C2", "RXX"),
            2 => ("C3", "RYY"),
            3 => ("C3", "RXX"), // the right control id from another facility is another message
            _ => ("NEW" + i, "RXX"),
        }).ToArray();
        var answers = await Task.WhenAll(asked.Select(key => Task.Run(() => store.FindAsync("PAS", key.Item2, key.Item1, CancellationToken.None))));

        for (var i = 0; i < asked.Length; i++)
        {
            var expected = (i % 5) switch
            {
                0 => "hash-1",
                1 => "hash-2a",
                2 => "hash-3",
                _ => null,
            };
            Assert.Equal(expected, answers[i]?.ContentHash);
            if (expected is not null)
            {
                Assert.Equal("ACK for " + expected, Encoding.ASCII.GetString(answers[i]!.Ack));
            }
        }
    }

    private static MessageToStore Message(string controlId, string contentHash, string facility = "RXX") => new(new Hl7MessageReceived
    {
        MessageId = Guid.NewGuid(),
        Raw = Encoding.ASCII.GetBytes($"MSH|^~\\&|PAS|{facility}|HUB|HUB|20260101120000||ADT^A01|{controlId}|P|2.4\r"),
        SendingApplication = "PAS",
        SendingFacility = facility,
        ControlId = controlId,
        MessageType = "ADT^A01",
        Version = "2.4",
        ContentHash = contentHash,
        ReceivedAt = DateTimeOffset.UtcNow,
        PartitionKey = "key",
        Ack = Encoding.ASCII.GetBytes("ACK for " + contentHash),
    }, TraceId: null);
}
