using System.Globalization;
using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Npgsql;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// Many patients' messages interleaved over concurrent connections: every patient's messages are stored in the
/// order they were sent, while the partitions run in parallel.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class OrderingTests(RealServicesFixture services)
{
    private const int Connections = 8;
    private const int PatientsPerConnection = 15;
    private const int MessagesPerPatient = 8;

    [Fact]
    public async Task EachPatientsMessagesAreStoredInSendingOrder()
    {
        var settings = await services.IsolatedSettingsAsync("order");
        settings["RabbitMq:Partitions"] = "8";
        await using var hub = await HubInstance.StartAsync(settings);

        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async connection =>
        {
            await using var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);
            for (var sequence = 0; sequence < MessagesPerPatient; sequence++)
            {
                for (var p = 0; p < PatientsPerConnection; p++)
                {
                    var patient = (connection * PatientsPerConnection) + p;
                    var controlId = string.Create(CultureInfo.InvariantCulture, $"ORD{patient:D3}-{sequence:D2}");
                    var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(SampleMessages.Adt(controlId, patient, "A08"))))!);
                    Assert.Contains($"MSA|AA|{controlId}", ack);
                }
            }
        }));

        var total = Connections * PatientsPerConnection * MessagesPerPatient;
        var stored = await WaitForOrderAsync(settings["Postgres:ConnectionString"], total);
        Assert.Equal(total, stored.Count);
        foreach (var patient in stored.GroupBy(id => id[..6]))
        {
            var sequences = patient.Select(id => int.Parse(id[7..], CultureInfo.InvariantCulture)).ToArray();
            Assert.True(sequences.SequenceEqual(Enumerable.Range(0, MessagesPerPatient)), $"{patient.Key}: stored in order {string.Join(",", sequences)}");
        }
    }

    /// <summary>Control ids in the order the store wrote them.</summary>
    private static async Task<List<string>> WaitForOrderAsync(string connectionString, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select control_id from received_messages order by seq", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var ids = new List<string>();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }

            if (ids.Count >= expected || DateTime.UtcNow > deadline)
            {
                return ids;
            }

            await Task.Delay(200);
        }
    }
}
