using System.Data.Common;
using System.Text;
using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Tests;

/// <summary>
/// A fresh, migrated care record of either kind, with the raw-SQL helpers the tests use to look behind the API.
/// Both stores lay out the same tables, so a test's SQL runs on either; only times differ (timestamptz in
/// PostgreSQL, UTC ticks in SQLite), hence <see cref="Time"/>.
/// </summary>
internal abstract class RecordDatabase : IAsyncDisposable
{
    public abstract ICareRecordStore Store { get; }

    public static async Task<RecordDatabase> CreateAsync(StoreKind kind, string name) => kind switch
    {
        StoreKind.Postgres => await PostgresRecordDatabase.CreateAsync(name),
        StoreKind.Sqlite => await SqliteRecordDatabase.CreateAsync(name),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Points <c>AddCareRecord</c> at this database.</summary>
    public abstract void Configure(IDictionary<string, string?> configuration);

    /// <summary>A second store instance over the same database (as a second hub instance or a restart would have).</summary>
    public abstract ICareRecordStore OpenAnotherStore();

    /// <summary>A time as this database stores it, for a SQL parameter.</summary>
    public abstract object Time(DateTimeOffset time);

    /// <summary>Runs a query whose parameters are <c>$1</c>, <c>$2</c> … and returns every row.</summary>
    public abstract Task<List<object?[]>> RowsAsync(string sql, params object[] parameters);

    public abstract ValueTask DisposeAsync();

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
        var rows = await RowsAsync(sql, parameters);
        return Convert.ToInt64(Assert.Single(rows)[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The id of the only current resource of <paramref name="type"/>.</summary>
    public Task<string> SingleIdAsync(string type) => SingleIdWhereAsync(type, "1 = 1");

    /// <summary>The id of the only current resource of <paramref name="type"/> matching a fixed SQL condition.</summary>
    public async Task<string> SingleIdWhereAsync(string type, string condition)
    {
        var rows = await RowsAsync("select id from fhir_resources where resource_type = $1 and " + condition, type);
        Assert.True(rows.Count > 0, "no " + type);
        Assert.True(rows.Count == 1, "more than one " + type);
        return (string)rows[0][0]!;
    }

    /// <summary>The ids of every resource of <paramref name="type"/>.</summary>
    public async Task<List<string>> IdsAsync(string type) => (await RowsAsync("select id from fhir_resources where resource_type = $1", type)).ConvertAll(r => (string)r[0]!);

    protected static async Task<List<object?[]>> ReadRowsAsync(DbCommand command)
    {
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The record an identifier leads to in the master patient index.</summary>
    public async Task<string> PatientIdAsync(string system, string value)
    {
        var rows = await RowsAsync("select patient_id from patient_identifiers where system = $1 and value = $2", system, value);
        return rows.Count == 1 ? (string)rows[0][0]! : throw new InvalidOperationException("identifier not indexed");
    }
}
