namespace IntegrationHub.Cli.Sending;

/// <summary>What a sender may expect back, by the message's MSH-15 (accept acknowledgement type).</summary>
internal enum AckExpectation
{
    /// <summary>Original mode, or enhanced mode with AL (or MSH-15 empty): an ACK always comes.</summary>
    Always,

    /// <summary>NE: no accept ACK ever comes; sending is all there is.</summary>
    Never,

    /// <summary>ER: an ACK comes only if the message was not accepted, so silence is success.</summary>
    OnlyOnError,

    /// <summary>SU: an ACK comes only on success, so silence is failure.</summary>
    OnlyOnSuccess,
}
