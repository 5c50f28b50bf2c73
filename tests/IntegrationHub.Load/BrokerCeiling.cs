using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Load;

/// <summary>
/// RabbitMQ alone on this machine, with no hub, PostgreSQL work or MLLP: persistent 1.5 KB messages into the
/// hub's four partition quorum queues with publisher confirms, in the shapes that bound the hub's intake.
/// </summary>
/// <remarks>
/// The hub may ACK a message only after the broker's confirm, and an MLLP sender waits for each ACK, so 8
/// connections are at most 8 publishes in flight. What 8 publishers that each wait for their own confirm reach
/// here, with the whole machine to themselves, is an upper bound for the hub's ACK rate over 8 connections.
/// Each scenario also reports the broker's CPU per message: the hub's pipeline needs at least this hop and one
/// more (partition queue, then the views' queues).
/// </remarks>
internal static class BrokerCeiling
{
    private const int Queues = 4;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(10);
    private static readonly ReadOnlyMemory<byte> Body = new byte[1500];

    public static async Task RunAsync(RabbitMqServer broker, Uri virtualHost, TextWriter output)
    {
        var factory = new ConnectionFactory { Uri = virtualHost };
        await using var connection = await factory.CreateConnectionAsync();
        await using (var setup = await connection.CreateChannelAsync())
        {
            for (var q = 0; q < Queues; q++)
            {
                await setup.QueueDeclareAsync(QueueName(q), durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
            }
        }

        output.WriteLine($"RabbitMQ alone: persistent {Body.Length} B messages into {Queues} quorum queues, publisher confirms; {Measured.TotalSeconds:F0} s each after {Warmup.TotalSeconds:F0} s warm-up");
        await MeasureAsync(broker, connection, output, "8 publishers, each on its own channel waiting for its own confirm (the hub's 8 MLLP senders at best)", publishers: 8, sharedChannel: false, consume: false);
        await MeasureAsync(broker, connection, output, "8 publishers sharing one channel, each waiting for its own confirm", publishers: 8, sharedChannel: true, consume: false);
        await MeasureAsync(broker, connection, output, "the same 8, with a consumer acknowledging every message (one full hop)", publishers: 8, sharedChannel: false, consume: true);
        await MeasureAsync(broker, connection, output, "256 publishes in flight on one channel (the issue's probe)", publishers: 256, sharedChannel: true, consume: false);
    }

    private static string QueueName(int q) => "ceiling-" + q.ToString(CultureInfo.InvariantCulture);

    private static async Task MeasureAsync(RabbitMqServer broker, IConnection connection, TextWriter output, string title, int publishers, bool sharedChannel, bool consume)
    {
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        var channels = new List<IChannel>();
        for (var i = 0; i < (sharedChannel ? 1 : publishers); i++)
        {
            channels.Add(await connection.CreateChannelAsync(options));
        }

        var consumerChannel = consume ? await StartConsumersAsync(connection) : null;
        var latencies = new List<double>[publishers];
        var measuring = false;
        var stop = false;
        var tasks = new Task[publishers];
        for (var p = 0; p < publishers; p++)
        {
            var channel = channels[sharedChannel ? 0 : p];
            var own = latencies[p] = [];
            var queue = QueueName(p % Queues);
            tasks[p] = Task.Run(async () =>
            {
                var properties = new BasicProperties { Persistent = true };
                while (!Volatile.Read(ref stop))
                {
                    var started = Stopwatch.GetTimestamp();
                    await channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, Body);
                    if (Volatile.Read(ref measuring))
                    {
                        own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            });
        }

        await Task.Delay(Warmup);
        var brokerBefore = BrokerCpu(broker);
        var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, true);
        await Task.Delay(Measured);
        Volatile.Write(ref measuring, false);
        var seconds = clock.Elapsed.TotalSeconds;
        var brokerCpu = BrokerCpu(broker) - brokerBefore;
        var selfCpu = Process.GetCurrentProcess().TotalProcessorTime - selfBefore;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var rate = all.Length / seconds;
        output.WriteLine($"  {title}:");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {rate:F0} msg/s, confirm p50 {Percentile(all, 0.50):F2} ms p99 {Percentile(all, 0.99):F2} ms; broker CPU {brokerCpu.TotalMicroseconds / all.Length:F0} us/msg ({brokerCpu.TotalSeconds / seconds * 100:F0}% of a core), this client {selfCpu.TotalMicroseconds / all.Length:F0} us/msg"));

        if (consumerChannel is not null)
        {
            await consumerChannel.CloseAsync();
            await consumerChannel.DisposeAsync();
        }

        foreach (var channel in channels)
        {
            await channel.CloseAsync();
            await channel.DisposeAsync();
        }

        await using var purge = await connection.CreateChannelAsync();
        for (var q = 0; q < Queues; q++)
        {
            await purge.QueuePurgeAsync(QueueName(q));
        }
    }

    private static async Task<IChannel> StartConsumersAsync(IConnection connection)
    {
        var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, 64, global: false);
        for (var q = 0; q < Queues; q++)
        {
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).AsTask();
            await channel.BasicConsumeAsync(QueueName(q), autoAck: false, consumer);
        }

        return channel;
    }

    internal static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>User plus system CPU of the broker's Erlang VM (beam.smp, found by its home directory), read from /proc.</summary>
    internal static TimeSpan BrokerCpu(RabbitMqServer broker)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (!commandLine.Contains("beam.smp", StringComparison.Ordinal) || !commandLine.Contains(broker.DirectoryPath!, StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks, counted after the ")" that ends the name.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return TimeSpan.FromSeconds(ticks / 100.0);
            }
            catch (IOException)
            {
                // The process ended while we looked; not the broker.
            }
        }

        throw new InvalidOperationException($"no beam.smp process runs from {broker.DirectoryPath}");
    }
}
