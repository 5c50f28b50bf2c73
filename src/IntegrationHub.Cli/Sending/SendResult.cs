namespace IntegrationHub.Cli.Sending;

/// <summary>What happened to one sent message.</summary>
internal readonly record struct SendResult(string? Code, bool ControlIdMatches, double LatencyMilliseconds)
{
    /// <summary>The code recorded when the message asked for no ACK (MSH-15 NE, or ER with no error).</summary>
    public const string NotRequested = "--";

    public bool Answered => Code is not null;

    public bool Positive => Code is "AA" or "CA" or NotRequested && ControlIdMatches;
}
