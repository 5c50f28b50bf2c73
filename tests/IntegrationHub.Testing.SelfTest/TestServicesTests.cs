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
    public async Task ExternalServersGivenByUriAndConnectionStringAreUsableAsIs()
    {
        var shared = await TestServices.GetAsync();
        await using var rabbitMq = RabbitMqServer.External(shared.RabbitMq.AmqpUri);
        await using var postgres = PostgresServer.External(shared.Postgres.ConnectionString);

        await rabbitMq.StartAsync();
        await postgres.StartAsync();
        var database = await postgres.CreateDatabaseAsync("selftest_external");

        Assert.True(rabbitMq.IsExternal);
        Assert.Equal(shared.RabbitMq.Port, rabbitMq.Port);
        Assert.Contains("Database=selftest_external", database, StringComparison.Ordinal);
        Assert.Contains($"Port={shared.Postgres.Port}", database, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalServerThatIsNotThereFailsToStart()
    {
        await using var rabbitMq = RabbitMqServer.External(new Uri($"amqp://guest:guest@127.0.0.1:{Processes.FreePort.Next()}/"));

        await Assert.ThrowsAsync<TestServerException>(() => rabbitMq.StartAsync());
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
