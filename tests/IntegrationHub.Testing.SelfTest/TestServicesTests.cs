namespace IntegrationHub.Testing.SelfTest;

public sealed class TestServicesTests
{
    [Fact]
    public async Task TwoCallsReturnTheSameRunningServers()
    {
        var first = await TestServices.GetAsync();
        var second = await TestServices.GetAsync();

        Assert.Same(first, second);
        Assert.Same(first.RabbitMq, second.RabbitMq);
        Assert.Same(first.Postgres, second.Postgres);
        Assert.True(first.RabbitMq.IsRunning);
        Assert.True(first.Postgres.IsRunning);
        Assert.NotEqual(first.RabbitMq.Port, first.Postgres.Port);
    }

    [Fact]
    public async Task ExternalServersRefuseKillRestartAndStop()
    {
        await using var rabbitMq = RabbitMqServer.External(new Uri("amqp://hub:secret@127.0.0.1:5999/"));
        await using var postgres = PostgresServer.External("Host=127.0.0.1;Port=5999;Username=hub;Database=hub");

        var kill = await Assert.ThrowsAsync<InvalidOperationException>(rabbitMq.KillAsync);
        await Assert.ThrowsAsync<InvalidOperationException>(() => rabbitMq.RestartAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(postgres.KillAsync);
        await Assert.ThrowsAsync<InvalidOperationException>(() => postgres.StopAsync());

        Assert.Contains(TestServices.RabbitMqVariable, kill.Message, StringComparison.Ordinal);
        Assert.Equal("hub", rabbitMq.Username);
        Assert.Equal("secret", rabbitMq.Password);
        Assert.Equal(5999, rabbitMq.Port);
        Assert.Equal(5999, postgres.Port);
    }
}
