using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Mllp.Tests;

/// <summary>A throwaway CA with a server and a client certificate, written to a temp folder as PFX and PEM.</summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        Directory.CreateDirectory(Folder);
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=IntegrationHub Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllText(CaPemPath, Ca.ExportCertificatePem());

        Server = Issue("CN=localhost", serverAuth: true);
        File.WriteAllBytes(ServerPfxPath, Server.Export(X509ContentType.Pkcs12, "secret"));
        Client = Issue("CN=pas.example-trust.nhs.uk", serverAuth: false);
        Stranger = SelfSigned("CN=stranger");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "hub-mllp-tls-" + Guid.NewGuid().ToString("N"));

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Client { get; }

    /// <summary>A client certificate that does not chain to the CA.</summary>
    public X509Certificate2 Stranger { get; }

    public string CaPemPath => Path.Combine(Folder, "ca.pem");

    public string ServerPfxPath => Path.Combine(Folder, "server.pfx");

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Ca.Dispose();
        Server.Dispose();
        Client.Dispose();
        Stranger.Dispose();
    }

    private X509Certificate2 Issue(string subject, bool serverAuth)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [serverAuth ? new Oid("1.3.6.1.5.5.7.3.1") : new Oid("1.3.6.1.5.5.7.3.2")], false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(Ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(10), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
