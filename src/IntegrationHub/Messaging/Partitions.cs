using System.Globalization;

namespace IntegrationHub.Messaging;

/// <summary>
/// Per-patient order with parallelism, by RabbitMQ's own means: intake publishes to a consistent-hash exchange
/// with the hashed patient key as routing key; the exchange spreads keys over N quorum queues, each with a
/// single active consumer (one hub instance at a time, failing over to another) that handles one batch at a
/// time, in arrival order. One patient's messages therefore land in one queue and are handled in order, while
/// different patients' queues run in parallel across instances.
/// </summary>
/// <remarks>
/// The events made from partition N go to each view's queue N (<c>hub-{view}-NN</c>), sent by the one
/// consumer of partition N in order, so every view sees each patient's events in the same order without
/// hashing again.
/// </remarks>
internal static class Partitions
{
    /// <summary>The consistent-hash exchange intake publishes to.</summary>
    public const string Exchange = "hub-inbound";

    public const string ExchangeType = "x-consistent-hash";

    public static string QueueName(int partition) => "hub-partition-" + Number(partition);

    /// <summary>A view's queue for one partition on RabbitMQ, e.g. <c>hub-record-03</c>.</summary>
    public static string ViewQueueName(string view, int partition) => $"hub-{view}-{Number(partition)}";

    /// <summary>A view's single queue on the embedded in-memory transport.</summary>
    public static string ViewQueueName(string view) => "hub-" + view;

    /// <summary>The partition a queue address belongs to: its trailing number, 0 for the embedded single queue.</summary>
    public static int IndexOf(Uri inputAddress)
    {
        var name = inputAddress.AbsolutePath.AsSpan().TrimEnd('/');
        var dash = name.LastIndexOf('-');
        return dash >= 0 && int.TryParse(name[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var partition) ? partition : 0;
    }

    private static string Number(int partition) => partition.ToString("D2", CultureInfo.InvariantCulture);
}
