namespace IntegrationHub.Messaging;

/// <summary>RabbitMQ, the production transport. Unset host: the embedded in-memory transport is used.</summary>
internal sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    public string? Host { get; set; }

    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    public bool UseTls { get; set; }

    /// <summary>
    /// The nodes of a RabbitMQ cluster (host names, comma separated), besides <see cref="Host"/>: the hub
    /// connects to whichever answers and reconnects to another when its node goes down. Quorum queues keep the
    /// partitions on a majority of nodes, so a node's loss loses nothing that was confirmed.
    /// </summary>
    public string? ClusterNodes { get; set; }

    /// <summary>Messages each consumer may hold unacknowledged; many in flight keep one slow write from stalling the queue.</summary>
    public ushort PrefetchCount { get; set; } = 64;

    /// <summary>
    /// Partition queues behind the consistent-hash exchange: the most patients handled at once. More is not
    /// faster on a small machine: the same traffic over more queues makes smaller batches, and each batch costs
    /// the same transaction and view messages; 4 kept two cores busiest with useful work. Changing it re-maps
    /// keys to queues, so drain the queues (stop intake, let consumers empty them) before changing it.
    /// </summary>
    public int Partitions { get; set; } = 4;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
