namespace IntegrationHub.Messaging;

/// <summary>Queue names, in one place because intake sends to them and consumers listen on them.</summary>
internal static class EndpointNames
{
    /// <summary>Every accepted v2 message, as received. A quorum queue on RabbitMQ.</summary>
    public const string Received = "hub-received";
}
