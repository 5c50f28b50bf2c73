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
        await Services.RabbitMq.RunCtlAsync("add_vhost", unique);
        await Services.RabbitMq.RunCtlAsync("set_permissions", "-p", unique, Services.RabbitMq.Username, ".*", ".*", ".*");
        var connectionString = await Services.Postgres.CreateDatabaseAsync(unique);
        return new Dictionary<string, string>
        {
            ["RabbitMq:Host"] = Services.RabbitMq.Host,
            ["RabbitMq:Port"] = Services.RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = unique,
            ["RabbitMq:Username"] = Services.RabbitMq.Username,
            ["RabbitMq:Password"] = Services.RabbitMq.Password,
            ["Postgres:ConnectionString"] = connectionString,
        };
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
