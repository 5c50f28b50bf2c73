using System.Text;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Postgres;
using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Records.Tests;

/// <summary>A fresh PostgreSQL database on the shared test server with the care record schema in it.</summary>
internal sealed class RecordDatabase : IAsyncDisposable
{
    private RecordDatabase(NpgsqlDataSource dataSource, PostgresCareRecordStore store, string connectionString)
    {
        DataSource = dataSource;
        Store = store;
        ConnectionString = connectionString;
    }

    public NpgsqlDataSource DataSource { get; }

    public PostgresCareRecordStore Store { get; }

    public string ConnectionString { get; }

    public static async Task<RecordDatabase> CreateAsync(string name)
    {
        var services = await TestServices.GetAsync();
        var connectionString = await services.Postgres.CreateDatabaseAsync(name);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresCareRecordStore(dataSource, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return new RecordDatabase(dataSource, store, connectionString);
    }

    public async Task<T> ReadAsync<T>(string id)
        where T : Resource
    {
        var stored = await Store.ReadAsync(typeof(T).Name, id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(FhirJson.TryParse<T>(Encoding.UTF8.GetBytes(stored.Json), out var resource, out var issues), string.Join("; ", issues.Select(i => i.Message)));
        return resource;
    }

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The id of the only current resource of <paramref name="type"/>.</summary>
    public async Task<string> SingleIdAsync(string type)
    {
        await using var command = DataSource.CreateCommand("select id from fhir_resources where resource_type = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no " + type);
        var id = reader.GetString(0);
        Assert.False(await reader.ReadAsync(), "more than one " + type);
        return id;
    }

    /// <summary>The id of the only current resource of <paramref name="type"/> matching a fixed SQL condition.</summary>
    public async Task<string> SingleIdWhereAsync(string type, string condition)
    {
        await using var command = DataSource.CreateCommand("select id from fhir_resources where resource_type = $1 and " + condition);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = type });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no " + type);
        var id = reader.GetString(0);
        Assert.False(await reader.ReadAsync(), "more than one " + type);
        return id;
    }

    /// <summary>The record an identifier leads to in the master patient index.</summary>
    public async Task<string> PatientIdAsync(string system, string value)
    {
        await using var command = DataSource.CreateCommand("select patient_id from patient_identifiers where system = $1 and value = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = system });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        return (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("identifier not indexed"));
    }

    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();
}
