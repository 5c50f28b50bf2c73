using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Notifications.Tests;

/// <summary>
/// A self-signed server certificate for 127.0.0.1 made in the test (nothing from the machine's stores), with
/// its public part in a PEM file for the hub's <c>Notifications:TrustedCertificatePath</c>.
/// </summary>
internal sealed class TestCertificate : IDisposable
{
    private TestCertificate(X509Certificate2 certificate, string pemPath)
    {
        Certificate = certificate;
        PemPath = pemPath;
    }

    /// <summary>With its private key, for Kestrel.</summary>
    public X509Certificate2 Certificate { get; }

    public string PemPath { get; }

    public static TestCertificate Create(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));

        // Through PKCS#12 so the key is usable by SslStream on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var pemPath = Path.Combine(Path.GetTempPath(), "gp-receiver-" + Guid.NewGuid().ToString("N") + ".pem");
        File.WriteAllText(pemPath, created.ExportCertificatePem());
        return new TestCertificate(certificate, pemPath);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(PemPath);
    }
}
