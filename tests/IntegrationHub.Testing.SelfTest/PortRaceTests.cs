using System.Net;
using System.Net.Sockets;
using IntegrationHub.Testing.Processes;

namespace IntegrationHub.Testing.SelfTest;

public sealed class PortRaceTests
{
    [Fact]
    public async Task FirstStartMovesToAFreshPortWhenAnotherProcessTookTheChosenOne()
    {
        // Someone else listens on the port "picked" first, as if they bound it between our probe and the postmaster's bind.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var picks = 0;
        await using var server = new PostgresServer { PortPicker = () => ++picks == 1 ? taken : FreePort.Next() };

        await server.StartAsync();

        Assert.Equal(2, picks);
        Assert.NotEqual(taken, server.Port);
        Assert.True(server.IsRunning);
        Assert.Contains("Address already in use", server.LogTail(200), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailureThatIsNotAPortRaceIsNotRetried()
    {
        // A port in the privileged range that nothing listens on: postgres (never root) is refused the bind
        // as "Permission denied", not "in use", so the start fails at once instead of trying other ports.
        var picks = 0;
        await using var server = new PostgresServer { PortPicker = () => { picks++; return 1; } };

        var failure = await Assert.ThrowsAsync<TestServerException>(() => server.StartAsync());

        Assert.Equal(1, picks);
        Assert.Contains("exited during start-up", failure.Message, StringComparison.Ordinal);
        Assert.Contains("postgres.log", failure.Message, StringComparison.Ordinal);
    }
}
