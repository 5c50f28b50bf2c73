using Npgsql;

namespace IntegrationHub.Testing.SelfTest;

/// <summary>Kills and restarts a private server, never the shared one other tests are using.</summary>
public sealed class PostgresFaultTests
{
    [Fact]
    public async Task CommittedRowsSurviveKillThenRestartAndACleanRestart()
    {
        await using var server = new PostgresServer();
        await server.StartAsync();
        var port = server.Port;
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await Sql.ExecuteAsync(connection, "CREATE TABLE journal (id int PRIMARY KEY, note text NOT NULL)");
            await Sql.ExecuteAsync(connection, "INSERT INTO journal VALUES (1, 'committed before kill')");
        }

        await server.KillAsync();
        Assert.False(server.IsRunning);
        await server.RestartAsync();

        // The kill was a crash, not a shutdown: the server had to recover from its WAL.
        Assert.Contains("database system was interrupted", server.LogTail(200), StringComparison.Ordinal);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(["committed before kill"], await Sql.ReadStringsAsync(connection, "SELECT note FROM journal"));
            await Sql.ExecuteAsync(connection, "INSERT INTO journal VALUES (2, 'committed before restart')");
        }

        await server.RestartAsync();

        Assert.Equal(port, server.Port);
        Assert.NotEmpty(Leftovers.ProcessesUsing(server.DirectoryPath!));
        Assert.Contains("fast shutdown", server.LogTail(200), StringComparison.Ordinal);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(
                ["committed before kill", "committed before restart"],
                await Sql.ReadStringsAsync(connection, "SELECT note FROM journal ORDER BY id"));
        }
    }

    [Fact]
    public async Task StoppedServerRefusesConnectionsAndDisposeDeletesItsDirectory()
    {
        var server = new PostgresServer();
        await server.StartAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false, Timeout = 2 }.ConnectionString;

        await server.StopAsync();

        Assert.False(server.IsRunning);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
        }

        var directory = server.DirectoryPath!;
        Assert.True(Directory.Exists(Path.Combine(directory, "data")));
        await server.DisposeAsync();
        Assert.False(Directory.Exists(directory));
        Assert.Empty(Leftovers.ProcessesUsing(directory));
    }
}
