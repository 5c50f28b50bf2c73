using System.Globalization;
using System.Security.Cryptography;
using IntegrationHub.Contracts;
using IntegrationHub.Testing;
using MassTransit;

namespace IntegrationHub.Load;

/// <summary>
/// The hub's first hop as MassTransit does it, with nothing else: the hub's own message contract with a
/// 1.5 KB message sent persistent, with confirms, to a consistent-hash exchange over four quorum queues, and
/// consumed (or not) the way the hub's partitions consume it, by a batch consumer that does nothing.
/// </summary>
/// <remarks>
/// <see cref="BrokerCeiling"/> bounds what RabbitMQ can confirm; this bounds what the chosen transport
/// costs per message before the hub does any work of its own. Its CPU per message (the broker's plus this
/// process's, which sends and consumes as the hub does) is a floor under the hub's, which makes this hop and a
/// second one to the views, and also runs MLLP and PostgreSQL on the same two cores.
/// </remarks>
internal static class MassTransitCeiling
{
    private const string Exchange = "ceiling-mt";
    private const int Queues = 4;
    private const int Senders = 8;
    private const int BatchSize = 100;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(RabbitMqServer broker, string virtualHost, TextWriter output)
    {
        output.WriteLine($"MassTransit 8 alone: {Senders} senders, each waiting for its own confirmed send of the hub's Hl7MessageReceived (1.5 KB message) to a consistent-hash exchange over {Queues} quorum queues; {Measured.TotalSeconds:F0} s each after {Warmup.TotalSeconds:F0} s warm-up");

        // The consuming shape first: its receive endpoints declare the queues and bind them to the exchange.
        await MeasureAsync(broker, virtualHost, output, "with a batch consumer per queue that does nothing (single active consumer, batches of up to 100, as the partitions)", consume: true);
        await MeasureAsync(broker, virtualHost, output, "with no consumer (the send and its confirm only)", consume: false);
    }

    private static async Task MeasureAsync(RabbitMqServer broker, string virtualHost, TextWriter output, string title, bool consume)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, (ushort)broker.Port, virtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            if (!consume)
            {
                return;
            }

            for (var q = 0; q < Queues; q++)
            {
                cfg.ReceiveEndpoint("ceiling-mt-" + q.ToString("D2", CultureInfo.InvariantCulture), endpoint =>
                {
                    endpoint.ConfigureConsumeTopology = false;
                    endpoint.SingleActiveConsumer = true;
                    endpoint.SetQuorumQueue();
                    endpoint.PrefetchCount = BatchSize;
                    endpoint.ConcurrentMessageLimit = BatchSize;
                    endpoint.Bind(Exchange, binding =>
                    {
                        binding.ExchangeType = "x-consistent-hash";
                        binding.RoutingKey = "1";
                    });
                    endpoint.Consumer<NothingConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                        .SetMessageLimit(BatchSize).SetTimeLimit(TimeSpan.FromMilliseconds(50)).SetConcurrencyLimit(1)));
                });
            }
        });

        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"exchange:{Exchange}?type=x-consistent-hash"));
            var result = await CeilingRun.MeasureAsync(broker, Senders, Warmup, Measured, _ => () =>
            {
                var message = NewMessage();
                return endpoint.Send(message, context =>
                {
                    context.MessageId = message.MessageId;
                    context.Durable = true;
                    context.SetRoutingKey(message.PartitionKey);
                });
            });
            result.Print(output, title, "send");
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    // One body for every message: the broker and the serializer do the same work whatever the bytes, and the
    // timed send should not include making them.
    private static readonly byte[] Raw = RandomNumberGenerator.GetBytes(1500);
    private static readonly string RawHash = Convert.ToHexStringLower(SHA256.HashData(Raw));
    private static readonly byte[] Ack = new byte[120];

    private static Hl7MessageReceived NewMessage()
    {
        return new Hl7MessageReceived
        {
            MessageId = NewId.NextGuid(),
            Raw = Raw,
            SendingApplication = "PAS",
            SendingFacility = "RXX01",
            ControlId = Guid.NewGuid().ToString("N"),
            MessageType = "ADT^A01",
            Version = "2.4",
            ContentHash = RawHash,
            ReceivedAt = DateTimeOffset.UtcNow,
            PartitionKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Ack = Ack,
        };
    }

    /// <summary>Takes each batch and does nothing with it: what is measured is the transport's own cost.</summary>
    private sealed class NothingConsumer : IConsumer<Batch<Hl7MessageReceived>>
    {
        public Task Consume(ConsumeContext<Batch<Hl7MessageReceived>> context) => Task.CompletedTask;
    }
}
