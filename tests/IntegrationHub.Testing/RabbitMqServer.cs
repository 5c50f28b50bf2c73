using IntegrationHub.Testing.Processes;
using IntegrationHub.Testing.RabbitMq;

namespace IntegrationHub.Testing;

/// <summary>
/// A real RabbitMQ node of its own: own node name, ports, Erlang cookie, data and log directories, on
/// 127.0.0.1. It never touches a node the package may have started on 5672. Created stopped; call
/// <see cref="StartAsync"/>. Restarts keep the node name, port and data, so durable and quorum queues survive.
/// Lifecycle methods are serialised; properties are safe to read at any time.
/// </summary>
public sealed partial class RabbitMqServer : IAsyncDisposable
{
    private const string LoopbackAddress = "127.0.0.1";

    private readonly RabbitMqServerOptions _options;
    private readonly Uri? _externalUri;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RabbitMqInstallation? _installation;
    private PrivateDirectory? _directory;
    private ServerProcess? _process;
    private int _distributionPort;
    private bool _disposed;

    public RabbitMqServer()
        : this(new RabbitMqServerOptions())
    {
    }

    public RabbitMqServer(RabbitMqServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Host = LoopbackAddress;
        Username = "guest";
        Password = "guest";
        NodeName = string.Empty;
    }

    private RabbitMqServer(Uri amqpUri)
    {
        _options = new RabbitMqServerOptions();
        _externalUri = amqpUri;
        Host = amqpUri.Host;
        Port = amqpUri.IsDefaultPort || amqpUri.Port < 0 ? 5672 : amqpUri.Port;
        var credentials = Uri.UnescapeDataString(amqpUri.UserInfo);
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        Username = colon < 0 ? (credentials.Length == 0 ? "guest" : credentials) : credentials[..colon];
        Password = colon < 0 ? "guest" : credentials[(colon + 1)..];
        NodeName = string.Empty;
    }

    /// <summary>Chooses free ports for the first start; the self-test substitutes a taken port to provoke the port race.</summary>
    internal Func<int> PortPicker { get; init; } = FreePort.Next;

    /// <summary>True when this wraps a broker someone else runs (HUB_TEST_RABBITMQ_URI); it cannot be stopped, killed or restarted.</summary>
    public bool IsExternal => _externalUri is not null;

    public string Host { get; }

    /// <summary>The AMQP port; 0 until the first start, then fixed for the life of this object.</summary>
    public int Port { get; private set; }

    public string Username { get; }

    public string Password { get; }

    public Uri AmqpUri => _externalUri ?? new Uri($"amqp://{Username}:{Password}@{Host}:{Port}/");

    /// <summary>The management HTTP port when <see cref="RabbitMqServerOptions.EnableManagement"/> is set; otherwise null.</summary>
    public int? ManagementPort { get; private set; }

    /// <summary>The Erlang node name, e.g. <c>hubtest-1234-0a1b2c@localhost</c>; empty for an external broker.</summary>
    public string NodeName { get; private set; }

    /// <summary>The private directory holding the data and logs; null until the first start, deleted on dispose.</summary>
    public string? DirectoryPath => _directory?.Path;

    /// <summary>True while the node process this object started is running (always true for an external broker).</summary>
    public bool IsRunning => IsExternal || _process is { HasExited: false };

    /// <summary>Wraps a broker that is already running; <see cref="StartAsync"/> only checks that it accepts connections.</summary>
    public static RabbitMqServer External(Uri amqpUri)
    {
        ArgumentNullException.ThrowIfNull(amqpUri);
        return new RabbitMqServer(amqpUri);
    }

    /// <summary>
    /// Starts the node (installing RabbitMQ first if it is missing) and returns once it has fully booted,
    /// plugins included, and accepts an AMQP connection. Does nothing if it is already running.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (IsExternal)
            {
                await ProbeAmqpAsync(cancellationToken);
                return;
            }

            if (!IsRunning)
            {
                await StartNodeAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the node cleanly (<c>rabbitmqctl shutdown</c>), falling back to SIGKILL if that fails.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfUncontrollable(nameof(StopAsync));
            await StopNodeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGKILLs the Erlang VM (a crash, for fault tests); <see cref="StartAsync"/> brings it back with its data.</summary>
    public async Task KillAsync()
    {
        await _gate.WaitAsync();
        try
        {
            ThrowIfUncontrollable(nameof(KillAsync));
            await KillNodeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops cleanly and starts again on the same port, node name and data directory.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfUncontrollable(nameof(RestartAsync));
            await StopNodeAsync(cancellationToken);
            await StartNodeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs rabbitmqctl against this node and returns its standard output; throws with the output when it fails.
    /// Pass <c>-q</c> first to drop the banner lines, e.g. <c>RunCtlAsync("-q", "list_queues", "name", "messages")</c>.
    /// </summary>
    public async Task<string> RunCtlAsync(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ThrowIfUncontrollable(nameof(RunCtlAsync));
        var result = await RunCtlRawAsync(args, CtlTimeout, CancellationToken.None);
        return result.Succeeded
            ? result.StandardOutput
            : throw new TestServerException($"rabbitmqctl {string.Join(' ', args)} failed: {result.Describe()}");
    }

    /// <summary>
    /// Creates a virtual host (if missing) with full permissions for <see cref="Username"/> and returns the AMQP URI
    /// for it, so each test class can have its own queues and exchanges. Names are letters, digits, '-', '_' and '.'.
    /// </summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 100 || !IsVirtualHostName(name))
        {
            throw new ArgumentException("A virtual host name is 1-100 letters, digits, '-', '_' or '.'.", nameof(name));
        }

        await RunCtlAsync("add_vhost", name);
        await RunCtlAsync("set_permissions", "-p", name, Username, ".*", ".*", ".*");
        return new Uri(AmqpUri, Uri.EscapeDataString(name));
    }

    /// <summary>The last lines of the node's own log and of its console output, for diagnostics.</summary>
    public string LogTail(int lines = 60)
    {
        if (_directory is null)
        {
            return IsExternal ? "(external broker: no log here)" : "(not started)";
        }

        return $"--- {NodeLogPath} ---\n{LogFile.Tail(NodeLogPath, lines)}\n--- {ConsoleLogPath} ---\n{LogFile.Tail(ConsoleLogPath, lines)}";
    }

    /// <summary>Stops the node (killing it if a clean stop fails) and deletes its directory.</summary>
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
                    await StopNodeAsync(CancellationToken.None);
                }
                catch (TestServerException)
                {
                    await KillNodeAsync();
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

    private static bool IsVirtualHostName(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    private void ThrowIfUncontrollable(string operation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsExternal)
        {
            ThrowHelper.ThrowExternal("RabbitMQ", operation, TestServices.RabbitMqVariable);
        }
    }
}
