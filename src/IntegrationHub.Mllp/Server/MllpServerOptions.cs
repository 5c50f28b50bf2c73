using System.Net;

namespace IntegrationHub.Mllp.Server;

/// <summary>How the MLLP listener listens. Bound from the <c>Mllp</c> configuration section by the host.</summary>
public sealed class MllpServerOptions
{
    public const string SectionName = "Mllp";

    /// <summary>TCP port; 2575 is the port IANA registered for HL7 over MLLP. 0 picks a free port (tests).</summary>
    public int Port { get; set; } = 2575;

    /// <summary>Address to bind; any address by default so senders on other hosts can connect.</summary>
    public string BindAddress { get; set; } = IPAddress.Any.ToString();

    /// <summary>Largest message accepted. A larger frame is answered with AR and an ERR naming the limit.</summary>
    public int MaxFrameBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>A connection silent for this long is closed; senders reconnect on their next message.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// After answering an oversize frame with AR, close the connection (true) or keep it and read on (false).
    /// Keeping it is friendlier to senders that pipeline; closing protects against a sender stuck in a loop.
    /// </summary>
    public bool CloseAfterOversize { get; set; }

    /// <summary>Upper bound on concurrent connections; further connections are refused until one closes.</summary>
    public int MaxConnections { get; set; } = 1024;

    public MllpTlsOptions Tls { get; set; } = new();
}
