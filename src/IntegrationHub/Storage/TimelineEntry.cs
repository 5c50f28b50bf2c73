namespace IntegrationHub.Storage;

/// <summary>One event in a patient's timeline, in the order it was applied.</summary>
internal sealed record TimelineEntry(long Sequence, Guid MessageId, string Event, string EventCode, DateTimeOffset? OccurredAt, DateTimeOffset ReceivedAt);
