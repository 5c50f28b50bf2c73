using System.Diagnostics;
using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// MLLP in, RabbitMQ (quorum queue, publisher confirms) through, PostgreSQL out — driven by an MLLP client that
/// nobody on this project wrote (Debian's python3-hl7 <c>mllp_send</c>).
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class EndToEndTests(RealServicesFixture services) : IAsyncLifetime
{
    private readonly TraceCollector _traces = new();
    private Dictionary<string, string> _settings = null!;
    private HubInstance _hub = null!;

    public async Task InitializeAsync()
    {
        _settings = await services.IsolatedSettingsAsync("e2e");
        _hub = await HubInstance.StartAsync(_settings);
    }

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _traces.Dispose();
    }

    [Fact]
    public async Task IndependentClientGetsAaForEveryMessageAndEachIsStoredOnceUnderTheTraceThatReceivedIt()
    {
        var messages = SampleMessages.Batch("E2E", 40, patients: 7);
        var file = Path.Combine(Path.GetTempPath(), $"hub-e2e-{Guid.NewGuid():N}.mllp");
        await using (var stream = File.Create(file))
        {
            foreach (var (_, bytes) in messages)
            {
                stream.WriteByte(0x0B);
                await stream.WriteAsync(bytes);
                stream.WriteByte(0x1C);
                stream.WriteByte(0x0D);
            }
        }

        var (exitCode, output, error) = await RunAsync("mllp_send", $"--port {_hub.MllpPort} --file {file} 127.0.0.1");
        File.Delete(file);

        Assert.True(exitCode == 0, $"mllp_send failed ({exitCode}): {error}");
        var acks = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(messages.Count, acks.Length);
        for (var i = 0; i < messages.Count; i++)
        {
            var msa = acks[i].Split('\r').Single(segment => segment.StartsWith("MSA|", StringComparison.Ordinal)).Split('|');
            Assert.Equal("AA", msa[1]);
            Assert.Equal(messages[i].ControlId, msa[2]);
        }

        var stored = await WaitForStoredAsync(messages.Count);
        Assert.Equal(messages.Select(m => m.ControlId).Order(), stored.Select(s => s.ControlId).Order());
        foreach (var (controlId, bytes) in messages)
        {
            var row = stored.Single(s => s.ControlId == controlId);

            // mllp_send strips the last segment's CR before framing; the hub keeps exactly what arrived.
            Assert.Equal(bytes.AsSpan(0, bytes.Length - 1).ToArray(), row.Raw);

            // One trace from MLLP receive to the database write, through RabbitMQ's headers.
            var receive = _traces.Named("mllp.receive").Single(span => (string?)span.GetTagItem("hl7.control_id") == controlId);
            Assert.Equal(receive.TraceId.ToHexString(), row.TraceId);
            Assert.Contains(_traces.Named("hub.store"), span => span.TraceId == receive.TraceId);
            Assert.Contains(_traces.Spans, span => span.Source.Name == "MassTransit" && span.TraceId == receive.TraceId && span.Kind == ActivityKind.Consumer);
        }
    }

    [Fact]
    public async Task ResendsGetTheOriginalAckFromAnyInstanceAndAreStoredOnce()
    {
        var messages = SampleMessages.Batch("DUP", 30, patients: 4);
        var originals = new Dictionary<string, byte[]>();
        await using (var client = await MllpClient.ConnectAsync("127.0.0.1", _hub.MllpPort))
        {
            foreach (var (controlId, bytes) in messages)
            {
                originals[controlId] = (await client.SendAsync(bytes))!;
            }
        }

        await WaitForStoredAsync(messages.Count);

        // A second instance has never seen these messages: it must find them in the database.
        await using var second = await HubInstance.StartAsync(_settings);
        await using (var client = await MllpClient.ConnectAsync("127.0.0.1", second.MllpPort))
        {
            foreach (var (controlId, bytes) in messages.Where((_, i) => i % 3 == 0))
            {
                Assert.Equal(originals[controlId], await client.SendAsync(bytes));
            }

            var changed = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(messages[1].Bytes).Replace("SMITH", "SMYTH", StringComparison.Ordinal));
            var refused = Encoding.Latin1.GetString((await client.SendAsync(changed))!);
            Assert.Contains($"MSA|AE|{messages[1].ControlId}", refused);
            Assert.Contains("|205^", refused);
        }

        await Task.Delay(500);
        var stored = await RealServicesFixture.ReadStoredAsync(_settings["Postgres:ConnectionString"]);
        Assert.Equal(messages.Count, stored.Count(s => s.ControlId.StartsWith("DUP", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReadinessReportsTheBrokerAndTheDatabase()
    {
        using var http = new HttpClient { BaseAddress = _hub.Http };
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();

        Assert.True(ready.IsSuccessStatusCode, body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("masstransit", body);
        Assert.True((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode);
    }

    private async Task<List<StoredMessage>> WaitForStoredAsync(int expected)
    {
        var connectionString = _settings["Postgres:ConnectionString"];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<StoredMessage> stored;
        do
        {
            stored = await RealServicesFixture.ReadStoredAsync(connectionString);
            if (stored.Count >= expected)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        // Let the store spans of the last messages finish before they are looked at.
        await Task.Delay(200);
        return stored;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.Latin1,
        }) ?? throw new InvalidOperationException($"{program} did not start; install python3-hl7.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
