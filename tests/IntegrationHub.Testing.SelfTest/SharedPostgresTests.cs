using Npgsql;

namespace IntegrationHub.Testing.SelfTest;

public sealed class SharedPostgresTests
{
    [Fact]
    public async Task HubDatabaseStoresAndReturnsRows()
    {
        var services = await TestServices.GetAsync();
        await using var connection = new NpgsqlConnection(services.Postgres.ConnectionString);
        await connection.OpenAsync();
        var table = "selftest_" + Guid.NewGuid().ToString("N");

        await Sql.ExecuteAsync(connection, $"CREATE TABLE {table} (id int PRIMARY KEY, note text NOT NULL)");
        await Sql.ExecuteAsync(connection, $"INSERT INTO {table} VALUES (1, 'one'), (2, 'two')");
        var notes = await Sql.ReadStringsAsync(connection, $"SELECT note FROM {table} ORDER BY id");

        Assert.Equal("hub", connection.Database);
        Assert.Equal(["one", "two"], notes);
        await Sql.ExecuteAsync(connection, $"DROP TABLE {table}");
    }

    [Fact]
    public async Task CreateDatabaseGivesAFreshIsolatedDatabase()
    {
        var services = await TestServices.GetAsync();
        var name = "selftest_" + Guid.NewGuid().ToString("N");

        var first = await services.Postgres.CreateDatabaseAsync(name);
        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await Sql.ExecuteAsync(connection, "CREATE TABLE marker (id int)");
        }

        // A second call recreates it empty, even with a pooled connection still open on the old one.
        var second = await services.Postgres.CreateDatabaseAsync(name);
        await using var again = new NpgsqlConnection(second);
        await again.OpenAsync();
        var tables = await Sql.ReadStringsAsync(again, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'");

        Assert.Equal(name, again.Database);
        Assert.Empty(tables);
    }

    [Fact]
    public async Task ServerRunsWithDurabilityOnAndTwoHundredConnections()
    {
        var services = await TestServices.GetAsync();
        await using var connection = new NpgsqlConnection(services.Postgres.ConnectionString);
        await connection.OpenAsync();

        var settings = await Sql.ReadStringsAsync(
            connection,
            "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' ' || current_setting('max_connections') || ' ' || current_setting('listen_addresses')");

        Assert.Equal(["on on 200 127.0.0.1"], settings);
    }

    [Fact]
    public async Task CreateDatabaseRejectsNamesThatNeedQuoting()
    {
        var services = await TestServices.GetAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => services.Postgres.CreateDatabaseAsync("Bad\"Name"));
    }
}
