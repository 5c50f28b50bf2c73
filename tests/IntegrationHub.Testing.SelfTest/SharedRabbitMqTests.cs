using RabbitMQ.Client;

namespace IntegrationHub.Testing.SelfTest;

public sealed class SharedRabbitMqTests
{
    [Fact]
    public async Task QuorumQueueDeliversConfirmedPersistentMessagesToAConsumer()
    {
        var services = await TestServices.GetAsync();
        var queue = "selftest-roundtrip-" + Guid.NewGuid().ToString("N");
        await using var connection = await Amqp.ConnectAsync(services.RabbitMq);
        await using var channel = await connection.CreateChannelAsync(Amqp.Confirmed);
        await Amqp.DeclareQuorumQueueAsync(channel, queue);

        await Amqp.PublishPersistentAsync(channel, queue, "first", "second", "third");
        var received = await Amqp.ConsumeAsync(channel, queue, 3);

        Assert.Equal(["first", "second", "third"], received);
        await channel.QueueDeleteAsync(queue);
    }

    [Fact]
    public async Task ConsistentHashExchangeTypeIsAvailableAndRoutes()
    {
        var services = await TestServices.GetAsync();
        var exchange = "selftest-hash-" + Guid.NewGuid().ToString("N");
        var queue = exchange + "-q";
        await using var connection = await Amqp.ConnectAsync(services.RabbitMq);
        await using var channel = await connection.CreateChannelAsync(Amqp.Confirmed);

        // Declaring an unknown exchange type closes the channel with 503 command-invalid, so this fails without the plugin.
        await channel.ExchangeDeclareAsync(exchange, "x-consistent-hash", durable: false, autoDelete: true);
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue, exchange, routingKey: "1");
        await channel.BasicPublishAsync(exchange, "patient-key", mandatory: true, new BasicProperties(), "routed"u8.ToArray());

        var received = await Amqp.ConsumeAsync(channel, queue, 1);

        Assert.Equal(["routed"], received);
    }

    [Fact]
    public async Task RunCtlListsAQueueWithItsMessageCount()
    {
        var services = await TestServices.GetAsync();
        var queue = "selftest-ctl-" + Guid.NewGuid().ToString("N");
        await using var connection = await Amqp.ConnectAsync(services.RabbitMq);
        await using var channel = await connection.CreateChannelAsync(Amqp.Confirmed);
        await Amqp.DeclareQuorumQueueAsync(channel, queue);
        await Amqp.PublishPersistentAsync(channel, queue, "a", "b");

        // Counts come from statistics the node refreshes every 500 ms, so give them a few refreshes to appear.
        var listing = string.Empty;
        for (var attempt = 0; attempt < 20 && !listing.Contains(queue + "\t2", StringComparison.Ordinal); attempt++)
        {
            listing = await services.RabbitMq.RunCtlAsync("-q", "list_queues", "name", "messages");
            await Task.Delay(250);
        }

        Assert.Contains(queue + "\t2", listing, StringComparison.Ordinal);
        await channel.QueueDeleteAsync(queue);
    }

    [Fact]
    public async Task VirtualHostsKeepSameNamedQueuesApart()
    {
        var services = await TestServices.GetAsync();
        var name = "selftest-" + Guid.NewGuid().ToString("N");
        var first = await services.RabbitMq.CreateVirtualHostAsync(name + "-a");
        var second = await services.RabbitMq.CreateVirtualHostAsync(name + "-b");
        var again = await services.RabbitMq.CreateVirtualHostAsync(name + "-a");

        await using var firstConnection = await new ConnectionFactory { Uri = first }.CreateConnectionAsync();
        await using var firstChannel = await firstConnection.CreateChannelAsync(Amqp.Confirmed);
        await Amqp.DeclareQuorumQueueAsync(firstChannel, "orders");
        await Amqp.PublishPersistentAsync(firstChannel, "orders", "only-in-a");
        await using var secondConnection = await new ConnectionFactory { Uri = second }.CreateConnectionAsync();
        await using var secondChannel = await secondConnection.CreateChannelAsync(Amqp.Confirmed);
        await Amqp.DeclareQuorumQueueAsync(secondChannel, "orders");

        Assert.Equal(first, again);
        Assert.Equal("/" + name + "-a", first.AbsolutePath);
        Assert.Empty(await Amqp.DrainAsync(secondChannel, "orders"));
        Assert.Equal(["only-in-a"], await Amqp.DrainAsync(firstChannel, "orders"));
    }

    [Fact]
    public async Task SharedNodeListensOnLoopbackUnderItsOwnNodeName()
    {
        var services = await TestServices.GetAsync();

        Assert.Equal("127.0.0.1", services.RabbitMq.Host);
        Assert.NotEqual(5672, services.RabbitMq.Port);
        Assert.StartsWith("hubtest-", services.RabbitMq.NodeName, StringComparison.Ordinal);
        Assert.Equal(new Uri($"amqp://guest:guest@127.0.0.1:{services.RabbitMq.Port}/"), services.RabbitMq.AmqpUri);
        Assert.Null(services.RabbitMq.ManagementPort);
    }
}
