using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing.Postgres;
using IntegrationHub.Testing.Processes;
using Npgsql;

namespace IntegrationHub.Testing;

/// <summary>Initialising, starting, stopping and killing the postmaster.</summary>
public sealed partial class PostgresServer
{
    private const int PortRaceAttempts = 3;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Where the log stood when the current start attempt began.</summary>
    private long _logOffset;

    private string DataPath => _directory!.Combine("data");

    private string SocketPath => _directory!.Combine("sock");

    private string LogPath => _directory!.Combine("postgres.log");

    /// <summary>The maintenance database, for CREATE DATABASE (and for waiting before <c>hub</c> exists).</summary>
    private string AdminConnectionString => _externalConnectionString ?? ConnectionStringFor("postgres");

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = ServerUser,
        Database = database,
    }.ConnectionString;

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        _installation ??= PostgresInstallation.Find();
        if (_directory is null)
        {
            _directory = PrivateDirectory.Create("postgres");
            await InitialiseAsync(cancellationToken);
        }

        // The port is chosen once; a restart must come back on it. Only a first start may move to a new
        // port, when another process took it between our probe and the postmaster's bind.
        var firstStart = Port == 0;
        for (var attempt = 1; ; attempt++)
        {
            if (firstStart)
            {
                Port = PortPicker();
            }

            var failure = await LaunchAsync(cancellationToken);
            if (failure is null)
            {
                break;
            }

            if (!firstStart || attempt == PortRaceAttempts || !LostPortRace())
            {
                throw new TestServerException($"PostgreSQL on port {Port} {failure}\n{LogTail()}");
            }
        }

        if (firstStart)
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"CREATE DATABASE {DefaultDatabase}", cancellationToken);
        }
    }

    /// <summary>initdb as the postgres user (it refuses root), then our settings appended to postgresql.conf.</summary>
    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(SocketPath);
        if (Environment.IsPrivilegedProcess)
        {
            await CommandRunner.RunCheckedAsync(new CommandLine("chown", "-R", ServerUser + ":" + ServerUser, _directory!.Path), CommandTimeout, cancellationToken);
        }

        // --no-sync only skips flushing the fresh data directory once; the running server keeps fsync on.
        var initdb = new CommandLine(
            _installation!.InitDb,
            "-D", DataPath, "-U", ServerUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
            .DropInherited("PG")
            .AsUserWhenRoot(ServerUser);
        await CommandRunner.RunCheckedAsync(initdb, CommandTimeout, cancellationToken);

        var settings = string.Create(
            CultureInfo.InvariantCulture,
            $"""

            # Private test server (IntegrationHub.Testing): loopback only, socket in the private directory.
            listen_addresses = '{LoopbackAddress}'
            unix_socket_directories = '{SocketPath}'
            max_connections = {_options.MaxConnections}
            fsync = on
            logging_collector = off
            log_destination = 'stderr'

            """);
        await File.AppendAllTextAsync(Path.Combine(DataPath, "postgresql.conf"), settings, cancellationToken);
    }

    /// <summary>Launches the postmaster and waits for it; null when it is ready, otherwise what went wrong (it is then gone).</summary>
    private async Task<string?> LaunchAsync(CancellationToken cancellationToken)
    {
        _process?.Dispose();
        _logOffset = LogFile.Length(LogPath);
        var command = new CommandLine(_installation!.Postgres, "-D", DataPath, "-p", Port.ToString(CultureInfo.InvariantCulture))
            .DropInherited("PG")
            .AsUserWhenRoot(ServerUser);
        _process = ServerProcess.Start(command, LogPath);
        ServerRegistry.Add(this);

        string? failure;
        try
        {
            failure = await WaitUntilReadyAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _process.KillTreeAsync();
            throw;
        }

        if (failure is not null)
        {
            await _process.KillTreeAsync();
        }

        return failure;
    }

    private async Task<string?> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 3 }.ConnectionString;
        while (true)
        {
            if (_process!.HasExited)
            {
                return "exited during start-up.";
            }

            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return null;
            }
            catch (NpgsqlException) when (clock.Elapsed < _options.StartTimeout)
            {
                // Refused while the postmaster binds, or 57P03 while it replays the WAL: keep waiting.
            }
            catch (NpgsqlException exception)
            {
                return $"did not accept connections within {_options.StartTimeout.TotalSeconds:0} s ({exception.Message}).";
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private bool LostPortRace()
    {
        return LogFile.ContainsSince(LogPath, _logOffset, "Address already in use") || !FreePort.IsFree(Port);
    }

    private async Task StopServerAsync(CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var stop = new CommandLine(_installation!.PgCtl, "stop", "-D", DataPath, "-m", "fast", "-w", "-t", "60")
            .DropInherited("PG")
            .AsUserWhenRoot(ServerUser);
        var result = await CommandRunner.RunAsync(stop, CommandTimeout, cancellationToken);
        if (!await _process.WaitForExitAsync(TimeSpan.FromSeconds(30)))
        {
            await KillServerAsync();
            throw new TestServerException($"PostgreSQL on port {Port} did not stop ({result.Describe()}); it was killed.\n{LogTail()}");
        }
    }

    private async Task KillServerAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        // The postmaster is our direct child (setpriv and the shell exec), so this SIGKILLs it first, then its backends.
        await _process.KillTreeAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
