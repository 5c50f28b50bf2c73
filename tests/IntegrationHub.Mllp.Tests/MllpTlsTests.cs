using System.Security.Cryptography.X509Certificates;
using System.Text;
using IntegrationHub.Mllp.Client;
using IntegrationHub.Mllp.Server;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Mllp.Tests;

public sealed class MllpTlsTests : IDisposable
{
    private readonly TestCertificates _certificates = new();
    private readonly RecordingHandler _handler = new();

    public void Dispose() => _certificates.Dispose();

    private async Task<MllpServer> StartAsync(bool requireClientCertificate)
    {
        var options = new MllpServerOptions
        {
            Port = 0,
            BindAddress = "127.0.0.1",
            Tls = new MllpTlsOptions
            {
                Enabled = true,
                CertificatePath = _certificates.ServerPfxPath,
                CertificatePassword = "secret",
                RequireClientCertificate = requireClientCertificate,
                ClientCaPath = requireClientCertificate ? _certificates.CaPemPath : null,
            },
        };
        var server = new MllpServer(options, _handler, NullLogger<MllpServer>.Instance);
        await server.StartAsync(CancellationToken.None);
        return server;
    }

    private MllpClientTlsOptions ClientTls(X509Certificate2? clientCertificate) => new()
    {
        TargetHost = "localhost",
        TrustedRoots = [_certificates.Ca],
        ClientCertificate = clientCertificate,
    };

    [Fact]
    public async Task MessageOverTlsIsAnsweredWhenTheClientTrustsTheServersCa()
    {
        await using var server = await StartAsync(requireClientCertificate: false);
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", server.LocalEndPoint!.Port, ClientTls(null));

        var answer = await client.SendAsync("HELLO"u8.ToArray());

        Assert.Equal("ACK:HELLO", Encoding.ASCII.GetString(answer!));
    }

    [Fact]
    public async Task MutualTlsAcceptsAClientCertificateFromTheConfiguredCa()
    {
        await using var server = await StartAsync(requireClientCertificate: true);
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", server.LocalEndPoint!.Port, ClientTls(_certificates.Client));

        var answer = await client.SendAsync("HELLO"u8.ToArray());

        Assert.Equal("ACK:HELLO", Encoding.ASCII.GetString(answer!));
    }

    [Fact]
    public async Task MutualTlsRejectsAClientWithoutACertificateOrWithAStrangersCertificate()
    {
        await using var server = await StartAsync(requireClientCertificate: true);
        foreach (var certificate in new[] { null, _certificates.Stranger })
        {
            var refused = false;
            try
            {
                await using var client = await MllpClient.ConnectAsync("127.0.0.1", server.LocalEndPoint!.Port, ClientTls(certificate));
                // TLS 1.3 reports the server's refusal on the first read rather than in the handshake.
                refused = await client.SendAsync("HELLO"u8.ToArray()) is null;
            }
            catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or IOException)
            {
                refused = true;
            }

            Assert.True(refused, $"client with {(certificate is null ? "no certificate" : certificate.Subject)} was served");
        }

        Assert.Empty(_handler.Received);
    }

    [Fact]
    public void MissingCertificateFileFailsAtStartWithTheSettingName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MllpTlsSetup.CreateServerOptions(new MllpTlsOptions { Enabled = true, CertificatePath = "/nonexistent/server.pfx" }));
        Assert.Contains("Mllp:Tls:CertificatePath", error.Message);
    }
}
