namespace IntegrationHub.Mllp.Server;

/// <summary>Optional TLS for the listener (MLLP over TLS, as NHS trusts increasingly require on their networks).</summary>
public sealed class MllpTlsOptions
{
    public bool Enabled { get; set; }

    /// <summary>Server certificate: a PKCS#12 (.pfx/.p12) file, or a PEM certificate with <see cref="KeyPath"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of the PKCS#12 file, or of an encrypted PEM key.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>PEM private key, when <see cref="CertificatePath"/> is a PEM certificate.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Demand a client certificate (mutual TLS) from every sender.</summary>
    public bool RequireClientCertificate { get; set; }

    /// <summary>
    /// PEM file of the CA(s) that client certificates must chain to. Without it, the machine's trust store decides.
    /// </summary>
    public string? ClientCaPath { get; set; }
}
