namespace IntegrationHub.Intake;

/// <summary>What intake made of a message, before it becomes an ACK code by the sender's mode.</summary>
internal enum IntakeOutcome
{
    /// <summary>Durable: AA / CA.</summary>
    Accepted,

    /// <summary>Could not be made durable now (broker away); resending later will work: AE / CE.</summary>
    Error,

    /// <summary>Will never be accepted as sent (unreadable, oversize, unsupported): AR / CR.</summary>
    Rejected,
}
