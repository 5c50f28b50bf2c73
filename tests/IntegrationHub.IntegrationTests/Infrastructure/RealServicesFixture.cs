using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// The real RabbitMQ and PostgreSQL servers of this test run, and for each test class a private virtual host
/// and database, so classes never see each other's queues or rows.
/// </summary>
public sealed class RealServicesFixture : IAsyncLifetime
{
    public TestServices Services { get; private set; } = null!;

    public async Task InitializeAsync() => Services = await TestServices.GetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A fresh vhost and database; returns the hub settings that point at them.</summary>
    public async Task<Dictionary<string, string>> IsolatedSettingsAsync(string name)
    {
        var unique = $"{name}_{Guid.NewGuid():N}"[..Math.Min(name.Length + 13, 60)].ToLowerInvariant();
        await Services.RabbitMq.CreateVirtualHostAsync(unique);
        var settings = new Dictionary<string, string> { ["Postgres:ConnectionString"] = await Services.Postgres.CreateDatabaseAsync(unique) };
        PointAtBroker(settings, Services.RabbitMq, unique);
        return settings;
    }

    /// <summary>
    /// A fresh database, and <paramref name="rabbit"/> (a private broker the test stops or breaks) as the broker,
    /// with the short hand-off timeout the fault tests use so that senders hear AE promptly.
    /// </summary>
    public async Task<Dictionary<string, string>> PrivateBrokerSettingsAsync(string name, RabbitMqServer rabbit, TimeSpan handoffTimeout)
    {
        var settings = await IsolatedSettingsAsync(name);
        PointAtBroker(settings, rabbit);
        settings["Intake:HandoffTimeout"] = handoffTimeout.ToString();
        return settings;
    }

    /// <summary>Points hub settings at a virtual host of <paramref name="rabbit"/>: the shared broker, or a private one a test stops or breaks.</summary>
    public static void PointAtBroker(Dictionary<string, string> settings, RabbitMqServer rabbit, string virtualHost = "/")
    {
        settings["RabbitMq:Host"] = rabbit.Host;
        settings["RabbitMq:Port"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RabbitMq:VirtualHost"] = virtualHost;
        settings["RabbitMq:Username"] = rabbit.Username;
        settings["RabbitMq:Password"] = rabbit.Password;
    }

    public static async Task<List<StoredMessage>> ReadStoredAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select control_id, message_type, trace_id, raw from received_messages", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredMessage>();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredMessage(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), (byte[])reader[3]));
        }

        return rows;
    }
}

public sealed record StoredMessage(string ControlId, string MessageType, string? TraceId, byte[] Raw);
