namespace IntegrationHub.Storage;

/// <summary>What storing one received message found.</summary>
internal enum StoreOutcome
{
    /// <summary>First time seen: written now.</summary>
    Stored,

    /// <summary>
    /// This very message (same message id) was stored before: a broker redelivery or an ops replay. Its
    /// processing continues, because what followed the earlier store may not have finished.
    /// </summary>
    Redelivered,

    /// <summary>
    /// A different message id with byte-identical content from the same sender and control id: a resend that
    /// raced its original past intake. It is the same message, so it is not processed again.
    /// </summary>
    Resend,
}
