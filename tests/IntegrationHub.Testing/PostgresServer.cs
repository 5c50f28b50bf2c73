using System.Text.RegularExpressions;
using IntegrationHub.Testing.Postgres;
using IntegrationHub.Testing.Processes;
using Npgsql;

namespace IntegrationHub.Testing;

/// <summary>
/// A real PostgreSQL server of its own: private data directory, loopback port and Unix socket directory,
/// trust authentication for the <c>postgres</c> role, fsync on (fault tests rely on durability), and a
/// <c>hub</c> database. Created stopped; call <see cref="StartAsync"/>. Restarts keep the port and the data.
/// Lifecycle methods are serialised; properties are safe to read at any time.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    public const string DefaultDatabase = "hub";

    private const string LoopbackAddress = "127.0.0.1";
    private const string ServerUser = "postgres";

    private readonly PostgresServerOptions _options;
    private readonly string? _externalConnectionString;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresInstallation? _installation;
    private PrivateDirectory? _directory;
    private ServerProcess? _process;
    private bool _disposed;

    public PostgresServer()
        : this(new PostgresServerOptions())
    {
    }

    public PostgresServer(PostgresServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Host = LoopbackAddress;
    }

    private PostgresServer(string connectionString)
    {
        _options = new PostgresServerOptions();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _externalConnectionString = builder.ConnectionString;
        Host = builder.Host ?? LoopbackAddress;
        Port = builder.Port;
    }

    /// <summary>Chooses a free port for the first start; the self-test substitutes a taken port to provoke the port race.</summary>
    internal Func<int> PortPicker { get; init; } = FreePort.Next;

    /// <summary>True when this wraps a server someone else runs (HUB_TEST_POSTGRES); it cannot be stopped, killed or restarted.</summary>
    public bool IsExternal => _externalConnectionString is not null;

    public string Host { get; }

    /// <summary>The TCP port; 0 until the first start, then fixed for the life of this object.</summary>
    public int Port { get; private set; }

    /// <summary>Npgsql connection string for the <c>hub</c> database (for an external server: the one given).</summary>
    public string ConnectionString => _externalConnectionString ?? ConnectionStringFor(DefaultDatabase);

    /// <summary>The private directory holding the data and logs; null until the first start, deleted on dispose.</summary>
    public string? DirectoryPath => _directory?.Path;

    /// <summary>True while the postmaster this object started is running (always true for an external server).</summary>
    public bool IsRunning => IsExternal || _process is { HasExited: false };

    /// <summary>Wraps a server that is already running; <see cref="StartAsync"/> only checks that it accepts connections.</summary>
    public static PostgresServer External(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgresServer(connectionString);
    }

    /// <summary>
    /// Initialises the data directory on the first call, starts the server and returns once it accepts
    /// connections and the <c>hub</c> database exists. Does nothing if it is already running.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (IsExternal)
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }

            if (!IsRunning)
            {
                await StartServerAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server with <c>pg_ctl stop -m fast</c> (clients disconnected, a clean checkpoint), killing it if that fails.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfUncontrollable(nameof(StopAsync));
            await StopServerAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGKILLs the postmaster and its backends (a crash); the next start runs crash recovery from the WAL.</summary>
    public async Task KillAsync()
    {
        await _gate.WaitAsync();
        try
        {
            ThrowIfUncontrollable(nameof(KillAsync));
            await KillServerAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops cleanly and starts again on the same port and data directory.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfUncontrollable(nameof(RestartAsync));
            await StopServerAsync(cancellationToken);
            await StartServerAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Creates a fresh, empty database (dropping one of the same name first) and returns its connection string,
    /// so each test class can have its own. Names are lower-case letters, digits and underscores.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(name ?? string.Empty))
        {
            throw new ArgumentException("A database name is 1-63 lower-case letters, digits or underscores, not starting with a digit.", nameof(name));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
            await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"", cancellationToken);
        }

        // Pooled connections to a database of the same name were terminated by the drop; do not hand them out.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        return connectionString;
    }

    /// <summary>The last lines of the server's log (its stderr), for diagnostics.</summary>
    public string LogTail(int lines = 60)
    {
        if (_directory is null)
        {
            return IsExternal ? "(external server: no log here)" : "(not started)";
        }

        return $"--- {LogPath} ---\n{LogFile.Tail(LogPath, lines)}";
    }

    /// <summary>Stops the server (killing it if a clean stop fails) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (!IsExternal)
            {
                try
                {
                    await StopServerAsync(CancellationToken.None);
                }
                catch (TestServerException)
                {
                    await KillServerAsync();
                }

                _directory?.TryDelete();
            }

            ServerRegistry.Remove(this);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    private void ThrowIfUncontrollable(string operation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsExternal)
        {
            ThrowHelper.ThrowExternal("PostgreSQL", operation, TestServices.PostgresVariable);
        }
    }
}
