namespace IntegrationHub.Ops;

/// <summary>
/// Access to the ops endpoints, which show raw messages (patient data). With an API key set, callers must send it
/// in <c>X-Hub-Ops-Key</c>; without one, only callers on this machine (loopback) are served.
/// </summary>
internal sealed class OpsOptions
{
    public const string SectionName = "Ops";

    public const string KeyHeader = "X-Hub-Ops-Key";

    public string? ApiKey { get; set; }
}
