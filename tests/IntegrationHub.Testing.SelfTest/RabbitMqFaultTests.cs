namespace IntegrationHub.Testing.SelfTest;

/// <summary>Kills and restarts a private node, never the shared one other tests are using.</summary>
public sealed class RabbitMqFaultTests
{
    [Fact]
    public async Task QuorumQueueAndPersistentMessagesSurviveRestartAndKill()
    {
        await using var server = new RabbitMqServer();
        await server.StartAsync();
        var port = server.Port;
        var node = server.NodeName;
        const string queue = "selftest-durable";

        await using (var connection = await Amqp.ConnectAsync(server))
        await using (var channel = await connection.CreateChannelAsync(Amqp.Confirmed))
        {
            await Amqp.DeclareQuorumQueueAsync(channel, queue);
            await Amqp.PublishPersistentAsync(channel, queue, "before-restart-1", "before-restart-2");
        }

        await server.RestartAsync();

        Assert.Equal(port, server.Port);
        Assert.Equal(node, server.NodeName);
        await using (var connection = await Amqp.ConnectAsync(server))
        await using (var channel = await connection.CreateChannelAsync(Amqp.Confirmed))
        {
            Assert.Equal(["before-restart-1", "before-restart-2"], await Amqp.DrainAsync(channel, queue));
            await Amqp.PublishPersistentAsync(channel, queue, "before-kill");
        }

        await server.KillAsync();
        Assert.False(server.IsRunning);
        await server.StartAsync();

        Assert.Equal(port, server.Port);
        await using (var connection = await Amqp.ConnectAsync(server))
        await using (var channel = await connection.CreateChannelAsync(Amqp.Confirmed))
        {
            Assert.Equal(["before-kill"], await Amqp.DrainAsync(channel, queue));
        }

        var directory = server.DirectoryPath!;
        Assert.NotEmpty(Leftovers.ProcessesUsing(directory));
        await server.DisposeAsync();
        Assert.Empty(Leftovers.ProcessesUsing(directory));
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task StartThatTimesOutThrowsWithTheLogTailAndLeavesNothingRunning()
    {
        await using var server = new RabbitMqServer(new RabbitMqServerOptions { StartTimeout = TimeSpan.FromMilliseconds(300) });

        var failure = await Assert.ThrowsAsync<TestServerException>(() => server.StartAsync());

        Assert.Contains("did not start within", failure.Message, StringComparison.Ordinal);
        Assert.Contains("console.log", failure.Message, StringComparison.Ordinal);
        Assert.False(server.IsRunning);
    }
}
