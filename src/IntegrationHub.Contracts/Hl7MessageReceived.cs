namespace IntegrationHub.Contracts;

/// <summary>
/// A v2 message the hub has accepted at intake: durable from the moment this is confirmed by the broker, and
/// acknowledged to the sender only after that. Carries the raw bytes, because the message may be Latin-1 or
/// UTF-8 (MSH-18) and must be kept exactly as sent.
/// </summary>
public sealed record Hl7MessageReceived
{
    /// <summary>Assigned at intake; the idempotency key of every consumer that stores the message.</summary>
    public required Guid MessageId { get; init; }

    public required byte[] Raw { get; init; }

    /// <summary>MSH-3 as sent (an application name or HD, not a patient identifier).</summary>
    public required string SendingApplication { get; init; }

    /// <summary>MSH-4 as sent (usually the trust's ODS code).</summary>
    public required string SendingFacility { get; init; }

    /// <summary>MSH-10.</summary>
    public required string ControlId { get; init; }

    /// <summary>MSH-9 as code^trigger, e.g. <c>ADT^A01</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>MSH-12.</summary>
    public required string Version { get; init; }

    /// <summary>SHA-256 of <see cref="Raw"/>, lower-case hex: tells a resend from a different message with the same control id.</summary>
    public required string ContentHash { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// Hashed patient key (NHS number, else assigning authority + local id, else the sender): the routing key
    /// that sends all of one patient's messages to one partition, in order. Never the identifier itself.
    /// </summary>
    public required string PartitionKey { get; init; }

    /// <summary>
    /// The positive ACK the sender was given, byte for byte: stored with the message so that a resend of the
    /// same message (after a lost ACK) is answered with the original ACK, from any hub instance.
    /// </summary>
    public required byte[] Ack { get; init; }
}
