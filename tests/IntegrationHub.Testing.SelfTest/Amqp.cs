using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Testing.SelfTest;

/// <summary>Small RabbitMQ.Client 7 steps the tests share: confirmed persistent publishing to a quorum queue and reading it back.</summary>
internal static class Amqp
{
    public static readonly CreateChannelOptions Confirmed = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);

    public static Task<IConnection> ConnectAsync(RabbitMqServer server) =>
        new ConnectionFactory { Uri = server.AmqpUri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    public static async Task DeclareQuorumQueueAsync(IChannel channel, string queue) =>
        await channel.QueueDeclareAsync(
            queue,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });

    /// <summary>Publishes persistent messages; with confirmation tracking each await returns only once the broker confirmed it.</summary>
    public static async Task PublishPersistentAsync(IChannel channel, string queue, params string[] bodies)
    {
        foreach (var body in bodies)
        {
            var properties = new BasicProperties { Persistent = true };
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body));
        }
    }

    /// <summary>Takes every message in the queue with basic.get, acknowledging each, and returns the bodies in order.</summary>
    public static async Task<List<string>> DrainAsync(IChannel channel, string queue)
    {
        var bodies = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } result)
        {
            bodies.Add(Encoding.UTF8.GetString(result.Body.Span));
            await channel.BasicAckAsync(result.DeliveryTag, multiple: false);
        }

        return bodies;
    }

    /// <summary>Consumes <paramref name="count"/> messages through a push consumer and returns their bodies.</summary>
    public static async Task<List<string>> ConsumeAsync(IChannel channel, string queue, int count)
    {
        var bodies = new List<string>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            bodies.Add(Encoding.UTF8.GetString(delivery.Body.Span));
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (bodies.Count == count)
            {
                done.TrySetResult();
            }
        };

        var tag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await channel.BasicCancelAsync(tag);
        return bodies;
    }
}
