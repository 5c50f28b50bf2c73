using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Security.Authentication;
using System.Net.Sockets;
using IntegrationHub.Mllp.Framing;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Mllp.Server;

/// <summary>
/// One sender's connection: reads frames from the pipe, hands each to the application in order, writes back the
/// application's answer inside an MLLP envelope. Closes on idle timeout, on the peer's close, or on shutdown.
/// </summary>
internal sealed partial class MllpConnection(
    long id,
    Socket socket,
    MllpServerOptions options,
    SslServerAuthenticationOptions? tls,
    IMllpMessageHandler handler,
    ILogger logger)
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(15);

    private readonly MllpFrameReader _frames = new(options.MaxFrameBytes);
    private readonly ArrayBufferWriter<byte> _response = new(1024);

    public async Task RunAsync(CancellationToken stopping)
    {
        var remote = socket.RemoteEndPoint;
        await using var network = new NetworkStream(socket, ownsSocket: true);
        Stream stream = network;
        MllpConnectionInfo info;
        try
        {
            (stream, info) = await AuthenticateAsync(network, stopping);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or OperationCanceledException)
        {
            LogHandshakeFailed(logger, id, remote, ex.Message);
            return;
        }

        LogOpened(logger, id, remote, info.IsTls);
        try
        {
            await PumpAsync(stream, info, stopping);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            LogDropped(logger, id, ex.Message);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown: the message in hand was finished; the rest the sender will resend.
        }
        finally
        {
            if (_frames.IsInsideFrame)
            {
                LogClosedMidFrame(logger, id);
            }

            await stream.DisposeAsync();
            LogClosed(logger, id);
        }
    }

    private async Task<(Stream Stream, MllpConnectionInfo Info)> AuthenticateAsync(NetworkStream network, CancellationToken stopping)
    {
        if (tls is null)
        {
            return (network, new MllpConnectionInfo(id, socket.RemoteEndPoint, isTls: false, clientCertificateSubject: null));
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            await ssl.AuthenticateAsServerAsync(tls, timeout.Token);
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }

        return (ssl, new MllpConnectionInfo(id, socket.RemoteEndPoint, isTls: true, ssl.RemoteCertificate?.Subject));
    }

    private async Task PumpAsync(Stream stream, MllpConnectionInfo info, CancellationToken stopping)
    {
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 16 * 1024, leaveOpen: true));
        var output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        while (true)
        {
            idle.CancelAfter(options.IdleTimeout);
            ReadResult result;
            try
            {
                result = await input.ReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                LogIdle(logger, id, options.IdleTimeout);
                return;
            }

            var buffer = result.Buffer;
            SequencePosition consumed;
            SequencePosition examined;
            while (_frames.TryRead(buffer, out var frame, out consumed, out examined))
            {
                // The frame slices the pipe's buffer, so it is handled before the pipe is advanced.
                var keepOpen = await HandleFrameAsync(frame, info, output, stopping);
                buffer = buffer.Slice(consumed);
                if (!keepOpen)
                {
                    await input.CompleteAsync();
                    return;
                }
            }

            input.AdvanceTo(consumed, examined);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>Hands one frame to the application and writes its answer; false means close the connection.</summary>
    private async ValueTask<bool> HandleFrameAsync(MllpFrame frame, MllpConnectionInfo info, PipeWriter output, CancellationToken stopping)
    {
        var payload = frame.Payload;
        byte[]? rented = null;
        ReadOnlyMemory<byte> contiguous;
        if (payload.IsSingleSegment)
        {
            contiguous = payload.First;
        }
        else
        {
            // A frame split across reads: one copy into pooled memory so the parser sees one span.
            rented = ArrayPool<byte>.Shared.Rent((int)payload.Length);
            payload.CopyTo(rented);
            contiguous = rented.AsMemory(0, (int)payload.Length);
        }

        try
        {
            _response.ResetWrittenCount();
            var frameBytes = (int)Math.Min(frame.Length, int.MaxValue);
            await handler.HandleAsync(new MllpRequest(contiguous, frame.Status, frameBytes, info), _response, stopping);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        if (_response.WrittenCount > 0)
        {
            MllpWriter.WriteFrame(output, _response.WrittenSpan);
            await output.FlushAsync(stopping);
        }

        return frame.Status == MllpFrameStatus.Complete || !options.CloseAfterOversize;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "MLLP connection {ConnectionId} opened from {Remote} (TLS: {Tls})")]
    private static partial void LogOpened(ILogger logger, long connectionId, System.Net.EndPoint? remote, bool tls);

    [LoggerMessage(Level = LogLevel.Debug, Message = "MLLP connection {ConnectionId} closed")]
    private static partial void LogClosed(ILogger logger, long connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP connection {ConnectionId} from {Remote}: TLS handshake failed: {Reason}")]
    private static partial void LogHandshakeFailed(ILogger logger, long connectionId, System.Net.EndPoint? remote, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "MLLP connection {ConnectionId} idle for {IdleTimeout}; closing")]
    private static partial void LogIdle(ILogger logger, long connectionId, TimeSpan idleTimeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "MLLP connection {ConnectionId} dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, long connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP connection {ConnectionId} closed in the middle of a frame; the partial message was not acknowledged and is expected to be resent")]
    private static partial void LogClosedMidFrame(ILogger logger, long connectionId);
}
