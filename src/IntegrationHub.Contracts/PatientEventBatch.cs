namespace IntegrationHub.Contracts;

/// <summary>
/// The events one partition made from one batch of received messages, in the order the messages arrived. Sent
/// to each view's queue for the same partition, so a view sees every patient's events in order; one message
/// per batch means one publisher confirm per batch instead of one per event.
/// </summary>
public sealed record PatientEventBatch
{
    /// <summary>The partition the events came from (0 on the embedded default's single queue).</summary>
    public required int Partition { get; init; }

    public required PatientEvent[] Events { get; init; }
}
