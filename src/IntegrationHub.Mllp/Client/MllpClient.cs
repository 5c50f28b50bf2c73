using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using IntegrationHub.Mllp.Framing;

namespace IntegrationHub.Mllp.Client;

/// <summary>
/// A sender's side of MLLP: one connection, one message at a time, each answered by one frame (the ACK).
/// Used by the <c>hub</c> CLI and by tests.
/// </summary>
public sealed class MllpClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly MllpFrameReader _frames;

    private MllpClient(Stream stream, int maxFrameBytes)
    {
        _stream = stream;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        _frames = new MllpFrameReader(maxFrameBytes);
    }

    public static async Task<MllpClient> ConnectAsync(string host, int port, MllpClientTlsOptions? tls = null, CancellationToken cancellationToken = default, int maxFrameBytes = 16 * 1024 * 1024)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Stream stream = new NetworkStream(socket, ownsSocket: true);
        if (tls is not null)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            try
            {
                await ssl.AuthenticateAsClientAsync(CreateClientOptions(host, tls), cancellationToken);
            }
            catch
            {
                await ssl.DisposeAsync();
                throw;
            }

            stream = ssl;
        }

        return new MllpClient(stream, maxFrameBytes);
    }

    /// <summary>Sends one message and waits for the answering frame; null if the server closed without answering.</summary>
    public async Task<byte[]?> SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        MllpWriter.WriteFrame(_output, message.Span);
        await _output.FlushAsync(cancellationToken);
        return await ReceiveAsync(cancellationToken);
    }

    /// <summary>Sends a message without waiting for an answer (e.g. an ACK, which is never answered).</summary>
    public async Task SendOnlyAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        MllpWriter.WriteFrame(_output, message.Span);
        await _output.FlushAsync(cancellationToken);
    }

    /// <summary>Sends raw bytes (no envelope added): for tests that split or corrupt frames.</summary>
    public async Task SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>Reads the next frame from the server; null when the server closed the connection.</summary>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (_frames.TryRead(buffer, out var frame, out var consumed, out var examined))
            {
                var bytes = frame.Payload.ToArray();
                _input.AdvanceTo(consumed, consumed);
                return bytes;
            }

            _input.AdvanceTo(consumed, examined);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _input.CompleteAsync();
        await _output.CompleteAsync();
        await _stream.DisposeAsync();
    }

    private static SslClientAuthenticationOptions CreateClientOptions(string host, MllpClientTlsOptions tls) => new()
    {
        TargetHost = tls.TargetHost ?? host,
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificates = tls.ClientCertificate is null ? null : [tls.ClientCertificate],
        RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            if (tls.AcceptAnyServerCertificate)
            {
                return true;
            }

            if (tls.TrustedRoots is null || certificate is null)
            {
                return errors == SslPolicyErrors.None;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(tls.TrustedRoots);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(new X509Certificate2(certificate));
        },
    };
}
