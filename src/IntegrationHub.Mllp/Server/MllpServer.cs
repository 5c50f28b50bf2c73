using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Mllp.Server;

/// <summary>
/// Accepts MLLP connections (plain or TLS) and runs each one as an <see cref="MllpConnection"/>: many senders at
/// once, each connection's messages handled in order.
/// </summary>
public sealed partial class MllpServer(MllpServerOptions options, IMllpMessageHandler handler, ILogger<MllpServer> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _listenSocket;
    private Task? _acceptLoop;
    private SslServerAuthenticationOptions? _tls;
    private long _nextConnectionId;

    /// <summary>Where the server listens once started (the chosen port when configured with 0).</summary>
    public IPEndPoint? LocalEndPoint => _listenSocket?.LocalEndPoint as IPEndPoint;

    public int ActiveConnections => _connections.Count;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _tls = options.Tls.Enabled ? MllpTlsSetup.CreateServerOptions(options.Tls) : null;
        var endPoint = new IPEndPoint(IPAddress.Parse(options.BindAddress), options.Port);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endPoint);
            socket.Listen(512);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new InvalidOperationException($"MLLP listener cannot listen on {endPoint}: {ex.Message}. Set Mllp__Port to a free port.", ex);
        }

        _listenSocket = socket;
        LogListening(logger, LocalEndPoint!, _tls is not null);
        _acceptLoop = AcceptLoopAsync(socket);
        return Task.CompletedTask;
    }

    /// <summary>Stops accepting, lets messages being handled finish (within the token's time), then closes.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listenSocket is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        _listenSocket.Dispose();
        if (_acceptLoop is not null)
        {
            await _acceptLoop;
        }

        await Task.WhenAll(_connections.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listenSocket = null;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StopAsync(timeout.Token);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listenSocket)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listenSocket.AcceptAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException && _stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException ex)
            {
                LogAcceptFailed(logger, ex);
                continue;
            }

            if (_connections.Count >= options.MaxConnections)
            {
                LogConnectionRefused(logger, options.MaxConnections);
                client.Dispose();
                continue;
            }

            client.NoDelay = true;
            var id = Interlocked.Increment(ref _nextConnectionId);
            var connection = new MllpConnection(id, client, options, _tls, handler, logger);
            _connections[id] = RunConnectionAsync(id, connection);
        }
    }

    private async Task RunConnectionAsync(long id, MllpConnection connection)
    {
        // Yield so the accept loop moves on at once.
        await Task.Yield();
        try
        {
            await connection.RunAsync(_stopping.Token);
        }
        finally
        {
            _connections.TryRemove(id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MLLP listening on {EndPoint} (TLS: {Tls})")]
    private static partial void LogListening(ILogger logger, IPEndPoint endPoint, bool tls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP accept failed")]
    private static partial void LogAcceptFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP connection refused: {MaxConnections} connections already open")]
    private static partial void LogConnectionRefused(ILogger logger, int maxConnections);
}
