using System.Net;
using System.Text;
using IntegrationHub.Mllp.Client;
using IntegrationHub.Mllp.Framing;
using IntegrationHub.Mllp.Server;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Mllp.Tests;

public sealed class MllpServerTests : IAsyncLifetime
{
    private readonly RecordingHandler _handler = new();
    private MllpServer _server = null!;

    private int Port => _server.LocalEndPoint!.Port;

    public Task InitializeAsync() => StartAsync(new MllpServerOptions { Port = 0, BindAddress = "127.0.0.1", MaxFrameBytes = 2048 });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task StartAsync(MllpServerOptions options)
    {
        _server = new MllpServer(options, _handler, NullLogger<MllpServer>.Instance);
        await _server.StartAsync(CancellationToken.None);
    }

    private async Task RestartAsync(MllpServerOptions options)
    {
        await _server.DisposeAsync();
        await StartAsync(options);
    }

    [Fact]
    public async Task EachMessageIsAnsweredInOrderOnOneConnection()
    {
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        for (var i = 0; i < 20; i++)
        {
            var answer = await client.SendAsync(Encoding.ASCII.GetBytes($"M{i}"));
            Assert.Equal($"ACK:M{i}", Encoding.ASCII.GetString(answer!));
        }
    }

    [Fact]
    public async Task FrameWrittenInThreePiecesWithPausesIsHandledOnce()
    {
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        await client.SendRawAsync(new byte[] { MllpEnvelope.StartBlock, (byte)'A' });
        await Task.Delay(50);
        await client.SendRawAsync("BC"u8.ToArray());
        await Task.Delay(50);
        await client.SendRawAsync(new byte[] { (byte)'D', MllpEnvelope.EndBlock, MllpEnvelope.CarriageReturn });

        var answer = await client.ReceiveAsync();
        Assert.Equal("ACK:ABCD", Encoding.ASCII.GetString(answer!));
        Assert.Single(_handler.Received);
    }

    [Fact]
    public async Task TwoFramesInOneWriteGetTwoAnswersInOrder()
    {
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        byte[] both = [MllpEnvelope.StartBlock, (byte)'1', MllpEnvelope.EndBlock, MllpEnvelope.CarriageReturn, MllpEnvelope.StartBlock, (byte)'2', MllpEnvelope.EndBlock, MllpEnvelope.CarriageReturn];
        await client.SendRawAsync(both);

        Assert.Equal("ACK:1", Encoding.ASCII.GetString((await client.ReceiveAsync())!));
        Assert.Equal("ACK:2", Encoding.ASCII.GetString((await client.ReceiveAsync())!));
    }

    [Fact]
    public async Task HandlerThatWritesNothingSendsNothingAndTheConnectionGoesOn()
    {
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        await client.SendOnlyAsync("SILENT"u8.ToArray());
        var answer = await client.SendAsync("NEXT"u8.ToArray());
        Assert.Equal("ACK:NEXT", Encoding.ASCII.GetString(answer!));
    }

    [Fact]
    public async Task OversizeFrameIsAnsweredAndTheConnectionIsKeptByDefault()
    {
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        var big = Encoding.ASCII.GetBytes(new string('X', 5000));
        var answer = await client.SendAsync(big);
        Assert.StartsWith("OVERSIZE:", Encoding.ASCII.GetString(answer!));
        Assert.True(int.Parse(Encoding.ASCII.GetString(answer!)["OVERSIZE:".Length..], System.Globalization.CultureInfo.InvariantCulture) > 2048);

        var next = await client.SendAsync("AFTER"u8.ToArray());
        Assert.Equal("ACK:AFTER", Encoding.ASCII.GetString(next!));
    }

    [Fact]
    public async Task OversizeFrameClosesTheConnectionWhenConfigured()
    {
        await RestartAsync(new MllpServerOptions { Port = 0, BindAddress = "127.0.0.1", MaxFrameBytes = 2048, CloseAfterOversize = true });
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        var answer = await client.SendAsync(Encoding.ASCII.GetBytes(new string('X', 5000)));
        Assert.StartsWith("OVERSIZE:", Encoding.ASCII.GetString(answer!));
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task IdleConnectionIsClosedAfterTheTimeout()
    {
        await RestartAsync(new MllpServerOptions { Port = 0, BindAddress = "127.0.0.1", IdleTimeout = TimeSpan.FromMilliseconds(300) });
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Null(await client.ReceiveAsync(guard.Token));
    }

    [Fact]
    public async Task ManyConnectionsAreServedConcurrently()
    {
        var tasks = Enumerable.Range(0, 50).Select(async c =>
        {
            await using var client = await MllpClient.ConnectAsync("127.0.0.1", Port);
            for (var i = 0; i < 10; i++)
            {
                var answer = await client.SendAsync(Encoding.ASCII.GetBytes($"C{c}M{i}"));
                Assert.Equal($"ACK:C{c}M{i}", Encoding.ASCII.GetString(answer!));
            }
        });
        await Task.WhenAll(tasks);
        Assert.Equal(500, _handler.Received.Count);
    }

    [Fact]
    public async Task ListeningOnAPortInUseFailsWithAMessageNamingThePort()
    {
        var options = new MllpServerOptions { Port = Port, BindAddress = "127.0.0.1" };
        options.BindAddress = IPAddress.Loopback.ToString();
        await using var second = new MllpServer(options, _handler, NullLogger<MllpServer>.Instance);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync(CancellationToken.None));
        Assert.Contains(Port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }
}
