namespace IntegrationHub.Intake;

/// <summary>How intake identifies itself in ACKs and how long it waits to make a message durable.</summary>
internal sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>MSH-3 of the hub's ACKs when the inbound MSH-5 is empty.</summary>
    public string ApplicationName { get; set; } = "INTEGRATION-HUB";

    /// <summary>MSH-4 of the hub's ACKs when the inbound MSH-6 is empty.</summary>
    public string FacilityName { get; set; } = "HUB";

    /// <summary>
    /// How long to wait for the broker's confirm before answering AE/CE. Short, so a sender learns promptly that
    /// the hub cannot take messages right now, instead of timing out itself.
    /// </summary>
    public TimeSpan HandoffTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long every hand-off may fail, with none confirmed, before <c>/health/ready</c> calls this instance unready
    /// (it reports degraded from the first failure).
    /// </summary>
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long intake may stay stalled while RabbitMQ accepts connections (wedged) before the process stops itself
    /// with exit code 75, for a supervisor that restarts processes that exit; <see cref="TimeSpan.Zero"/> turns it off.
    /// </summary>
    public TimeSpan ExitAfterStall { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the resend check may wait for the database before intake goes on without it (the store's unique
    /// key still catches a byte-identical resend). Keeps a slow database off the ACK path.
    /// </summary>
    public TimeSpan DedupeLookupTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
