namespace IntegrationHub.Notifications;

/// <summary>Delivery of discharge notifications to subscribers (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Consecutive failed attempts after which a subscription's status becomes <c>error</c> (it keeps being retried).</summary>
    public int RetryLimit { get; set; } = 8;

    /// <summary>Wait after the first failure; doubled after each further failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between attempts, also the retry interval of a subscription in <c>error</c>.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one POST to a subscriber may take (a subscription may ask for less with backport-timeout).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Shortest heartbeat period granted; a subscription asking for less gets this.</summary>
    public TimeSpan HeartbeatMinimum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each hub instance looks for due work that another instance may have written.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Subscriptions delivered to at the same time by one hub instance.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 32;

    /// <summary>Most events one <c>$events</c> call returns.</summary>
    public int MaxEventsPerQuery { get; set; } = 100;

    /// <summary>
    /// A PEM or DER certificate (a private CA or a subscriber's own certificate) trusted for subscriber endpoints
    /// in addition to the system's roots. Host names are always checked.
    /// </summary>
    public string? TrustedCertificatePath { get; set; }

    /// <summary>Allows <c>http://</c> endpoints (development only: notifications carry patient data).</summary>
    public bool AllowHttpEndpoints { get; set; }

    /// <summary>
    /// Allows endpoints that resolve to this machine (loopback). Off by default: a subscriber-supplied URL must not
    /// be able to make the hub call its own or its neighbours' local services. Link-local addresses (cloud
    /// metadata services) are always refused.
    /// </summary>
    public bool AllowLoopbackEndpoints { get; set; }
}
