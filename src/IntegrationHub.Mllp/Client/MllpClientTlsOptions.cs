using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Mllp.Client;

/// <summary>TLS settings of an MLLP client.</summary>
public sealed class MllpClientTlsOptions
{
    /// <summary>Name the server's certificate must carry; defaults to the host connected to.</summary>
    public string? TargetHost { get; init; }

    /// <summary>Certificate presented for mutual TLS.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>CA(s) the server's certificate must chain to (instead of the machine's store).</summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>Accept any server certificate: for a test bench against a self-signed hub only.</summary>
    public bool AcceptAnyServerCertificate { get; init; }
}
