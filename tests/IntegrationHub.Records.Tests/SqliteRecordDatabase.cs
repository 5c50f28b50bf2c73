using IntegrationHub.Records.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Records.Tests;

/// <summary>A fresh embedded care record: its own SQLite file in a temporary folder, deleted afterwards.</summary>
internal sealed class SqliteRecordDatabase : RecordDatabase
{
    private readonly string _folder;
    private readonly string _path;
    private readonly SqliteCareRecordStore _store;

    private SqliteRecordDatabase(string folder, string path, SqliteCareRecordStore store)
    {
        _folder = folder;
        _path = path;
        _store = store;
    }

    public override ICareRecordStore Store => _store;

    public static async Task<RecordDatabase> CreateAsync(string name)
    {
        var folder = Directory.CreateTempSubdirectory("records-sqlite-").FullName;
        var path = Path.Combine(folder, name + ".db");
        var store = new SqliteCareRecordStore(path, TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return new SqliteRecordDatabase(folder, path, store);
    }

    public override void Configure(IDictionary<string, string?> configuration) => configuration["Embedded:CareRecordPath"] = _path;

    public override ICareRecordStore OpenAnotherStore() => new SqliteCareRecordStore(_path, TimeProvider.System);

    public override object Time(DateTimeOffset time) => time.UtcTicks;

    public override async Task<List<object?[]>> RowsAsync(string sql, params object[] parameters)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), parameters[i]);
        }

        return await ReadRowsAsync(command);
    }

    public override ValueTask DisposeAsync()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
