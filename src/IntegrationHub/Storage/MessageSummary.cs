namespace IntegrationHub.Storage;

/// <summary>One stored message as ops see it in a list: who sent what and when, and its trace; no content.</summary>
internal sealed record MessageSummary(
    Guid MessageId,
    string SendingApplication,
    string SendingFacility,
    string ControlId,
    string MessageType,
    DateTimeOffset ReceivedAt,
    string? TraceId);
