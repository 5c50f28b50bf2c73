using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// Senders that keep sending fresh messages over their own MLLP connections until stopped, recording the ACK code
/// and latency of every message: the observer for fault tests.
/// </summary>
internal sealed class RecordingSender(int port, int connections, string prefix)
{
    private readonly CancellationTokenSource _stop = new();
    private int _sequence;
    private Task? _running;

    public ConcurrentQueue<(string ControlId, string? Code, TimeSpan Latency, DateTime At)> Results { get; } = new();

    public void Start() => _running = Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(SendLoopAsync)));

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running!;
    }

    public int Count(string code) => Results.Count(r => r.Code == code);

    /// <summary>Waits until at least <paramref name="count"/> messages answered after <paramref name="since"/> got AA, or fails with <paramref name="failure"/>.</summary>
    public async Task WaitForAaAsync(int count, DateTime since, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Results.Count(r => r.At > since && r.Code == "AA") < count)
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }

    private async Task SendLoopAsync()
    {
        MllpClient? client = null;
        while (!_stop.IsCancellationRequested)
        {
            var id = prefix + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
            var message = Encoding.Latin1.GetBytes(SampleMessages.Adt(id, _sequence % 50));
            var started = Stopwatch.GetTimestamp();
            string? code = null;
            try
            {
                client ??= await MllpClient.ConnectAsync("127.0.0.1", port);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                var ack = await client.SendAsync(message, timeout.Token);
                code = ack is null ? null : MsaCode(ack, id);
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException)
            {
                code = null;
            }

            if (code is null && client is not null)
            {
                await client.DisposeAsync();
                client = null;
            }

            Results.Enqueue((id, code, Stopwatch.GetElapsedTime(started), DateTime.UtcNow));

            // A sender whose hub is gone retries its connection at a sane pace.
            await Task.Delay(code is null ? 100 : 5);
        }

        if (client is not null)
        {
            await client.DisposeAsync();
        }
    }

    /// <summary>MSA-1, or "MISMATCH" when MSA-2 does not echo the control id.</summary>
    private static string MsaCode(byte[] ack, string controlId)
    {
        var msa = Encoding.Latin1.GetString(ack).Split('\r').First(s => s.StartsWith("MSA|", StringComparison.Ordinal)).Split('|');
        return msa.Length > 2 && msa[2] == controlId ? msa[1] : "MISMATCH";
    }
}
