namespace IntegrationHub.Cli.Sending;

/// <summary>What happened to one sent message.</summary>
/// <param name="Code">MSA-1 of the ACK; null when none came.</param>
/// <param name="ControlIdMatches">Whether MSA-2 named the message sent.</param>
/// <param name="LatencyMilliseconds">From sending to the ACK (or to giving up).</param>
/// <param name="ControlId">MSH-10 as sent, when an ACK was read.</param>
/// <param name="AnsweredAt">When the ACK arrived, when one was read: a load run compares it with the store's clock.</param>
internal readonly record struct SendResult(string? Code, bool ControlIdMatches, double LatencyMilliseconds, string? ControlId = null, DateTimeOffset? AnsweredAt = null)
{
    /// <summary>The code recorded when the message asked for no ACK (MSH-15 NE, or ER with no error).</summary>
    public const string NotRequested = "--";

    public bool Answered => Code is not null;

    public bool Positive => Code is "AA" or "CA" or NotRequested && ControlIdMatches;
}
