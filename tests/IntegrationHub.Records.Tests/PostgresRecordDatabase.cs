using IntegrationHub.Records.Postgres;
using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Records.Tests;

/// <summary>A fresh PostgreSQL database on the shared test server with the care record schema in it.</summary>
internal sealed class PostgresRecordDatabase : RecordDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresCareRecordStore _store;
    private readonly string _connectionString;

    private PostgresRecordDatabase(NpgsqlDataSource dataSource, PostgresCareRecordStore store, string connectionString)
    {
        _dataSource = dataSource;
        _store = store;
        _connectionString = connectionString;
    }

    public override ICareRecordStore Store => _store;

    public static async Task<RecordDatabase> CreateAsync(string name)
    {
        var services = await TestServices.GetAsync();
        var connectionString = await services.Postgres.CreateDatabaseAsync(name);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresCareRecordStore(dataSource, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return new PostgresRecordDatabase(dataSource, store, connectionString);
    }

    public override void Configure(IDictionary<string, string?> configuration) => configuration["Postgres:ConnectionString"] = _connectionString;

    public override ICareRecordStore OpenAnotherStore() => new PostgresCareRecordStore(_dataSource, TimeProvider.System);

    // timestamptz parameters must be UTC.
    public override object Time(DateTimeOffset time) => time.UtcDateTime;

    public override async Task<List<object?[]>> RowsAsync(string sql, params object[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await ReadRowsAsync(command);
    }

    public override async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();
}
