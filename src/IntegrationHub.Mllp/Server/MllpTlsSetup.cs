using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Mllp.Server;

/// <summary>Turns <see cref="MllpTlsOptions"/> into the SslStream settings, failing at start-up with a clear reason.</summary>
public static class MllpTlsSetup
{
    public static SslServerAuthenticationOptions CreateServerOptions(MllpTlsOptions tls)
    {
        var certificate = LoadServerCertificate(tls);
        var clientRoots = tls.ClientCaPath is { Length: > 0 } caPath ? LoadCaCertificates(caPath) : null;
        return new SslServerAuthenticationOptions
        {
            ServerCertificate = certificate,
            ClientCertificateRequired = tls.RequireClientCertificate,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (_, clientCertificate, chain, errors) =>
                ValidateClient(tls.RequireClientCertificate, clientRoots, clientCertificate as X509Certificate2, errors),
        };
    }

    /// <summary>Loads the server certificate with its private key; throws a message naming the setting to fix.</summary>
    public static X509Certificate2 LoadServerCertificate(MllpTlsOptions tls)
    {
        if (string.IsNullOrWhiteSpace(tls.CertificatePath))
        {
            throw new InvalidOperationException("Mllp:Tls:Enabled is true but Mllp:Tls:CertificatePath is not set.");
        }

        if (!File.Exists(tls.CertificatePath))
        {
            throw new InvalidOperationException($"Mllp:Tls:CertificatePath '{tls.CertificatePath}' does not exist.");
        }

        try
        {
            var certificate = tls.KeyPath is { Length: > 0 } keyPath
                ? LoadPem(tls.CertificatePath, keyPath, tls.CertificatePassword)
                : X509CertificateLoader.LoadPkcs12FromFile(tls.CertificatePath, tls.CertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"Mllp:Tls:CertificatePath '{tls.CertificatePath}' has no private key (set Mllp:Tls:KeyPath for a PEM key).");
            }

            return certificate;
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new InvalidOperationException($"Mllp:Tls:CertificatePath '{tls.CertificatePath}' could not be loaded: {ex.Message}", ex);
        }
    }

    private static X509Certificate2 LoadPem(string certificatePath, string keyPath, string? password)
    {
        using var pem = password is { Length: > 0 }
            ? X509Certificate2.CreateFromEncryptedPemFile(certificatePath, password, keyPath)
            : X509Certificate2.CreateFromPemFile(certificatePath, keyPath);

        // SslStream on Linux wants a certificate whose key is not ephemeral: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), password: null);
    }

    private static X509Certificate2Collection LoadCaCertificates(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Mllp:Tls:ClientCaPath '{path}' does not exist.");
        }

        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(path);
        if (roots.Count == 0)
        {
            throw new InvalidOperationException($"Mllp:Tls:ClientCaPath '{path}' holds no PEM certificate.");
        }

        return roots;
    }

    private static bool ValidateClient(bool required, X509Certificate2Collection? roots, X509Certificate2? certificate, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return !required;
        }

        if (roots is null)
        {
            return errors == SslPolicyErrors.None;
        }

        // Chain to the configured CA only, not the machine's store: a trust's PKI, not the public web's.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
