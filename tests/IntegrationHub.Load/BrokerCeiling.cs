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
        var result = await CeilingRun.MeasureAsync(broker, publishers, Warmup, Measured, p =>
        {
            // One set of properties per publisher: the client may add its own headers to them while it publishes.
            var properties = new BasicProperties { Persistent = true };
            var channel = channels[sharedChannel ? 0 : p];
            var queue = QueueName(p % Queues);
            return () => channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, Body).AsTask();
        });
        result.Print(output, title, "confirm");

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
}
