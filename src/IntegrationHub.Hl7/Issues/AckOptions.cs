namespace IntegrationHub.Hl7;

/// <summary>
/// What the hub itself contributes to an ACK: its control id (MSH-10), the time (MSH-7) and the names used for
/// MSH-3/MSH-4 when the inbound message did not say who it was sent to. Names are plain text; they are escaped.
/// </summary>
public readonly record struct AckOptions(string ControlId, DateTimeOffset Timestamp, string SendingApplication, string SendingFacility);
