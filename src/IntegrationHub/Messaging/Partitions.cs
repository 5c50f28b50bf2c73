using System.Globalization;

namespace IntegrationHub.Messaging;

/// <summary>
/// Per-patient order with parallelism, by RabbitMQ's own means: intake publishes to a consistent-hash exchange
/// with the hashed patient key as routing key; the exchange spreads keys over N quorum queues, each with a
/// single active consumer (one hub instance at a time, failing over to another) that handles one message at a
/// time. One patient's messages therefore land in one queue and are handled in arrival order, while different
/// patients' queues run in parallel across instances.
/// </summary>
internal static class Partitions
{
    /// <summary>The consistent-hash exchange intake publishes to.</summary>
    public const string Exchange = "hub-inbound";

    public const string ExchangeType = "x-consistent-hash";

    public static string QueueName(int partition) => "hub-partition-" + partition.ToString("D2", CultureInfo.InvariantCulture);
}
