using IntegrationHub.Contracts;

namespace IntegrationHub.Storage;

/// <summary>A message the pipeline gave up on after its retries, with the reason, kept until it is replayed.</summary>
internal sealed record FailedMessage(Hl7MessageReceived Message, string Reason, DateTimeOffset FailedAt, int Attempts);
