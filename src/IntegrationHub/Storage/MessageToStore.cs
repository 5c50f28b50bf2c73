using IntegrationHub.Contracts;

namespace IntegrationHub.Storage;

/// <summary>A received message with the trace it was received under (null when it was not traced).</summary>
internal readonly record struct MessageToStore(Hl7MessageReceived Message, string? TraceId);
