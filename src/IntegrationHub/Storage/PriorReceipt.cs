namespace IntegrationHub.Storage;

/// <summary>What the hub already holds under a sender's control id: the message's hash and the ACK it was given.</summary>
internal sealed record PriorReceipt(string ContentHash, byte[] Ack);
