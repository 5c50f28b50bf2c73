using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.Cli.Sending;

/// <summary>
/// Sends messages over several MLLP connections at once, one message at a time per connection (as a PAS does),
/// timing each ACK and checking MSA-1 and MSA-2. A broken connection is reopened for the next message; the
/// message that was in flight counts as unanswered.
/// </summary>
internal sealed class MllpSender(SendOptions options)
{
    // How long to listen for a negative ACK to a message sent with MSH-15 ER before taking silence as success.
    private static readonly TimeSpan ErrorOnlyGrace = TimeSpan.FromSeconds(1);

    private int _next = -1;
    private int _done;

    public int Done => Volatile.Read(ref _done);

    public async Task<SendResult[]> SendAsync(IReadOnlyList<byte[]> messages, CancellationToken cancellationToken)
    {
        var total = options.Count > 0 ? options.Count : messages.Count;
        var results = new SendResult[total];
        // Unique per run and per sender process: two senders started in the same second (one per hub instance)
        // must not reuse each other's control ids, which the hub would rightly refuse as reused.
        var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("x", CultureInfo.InvariantCulture) + Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture);
        var workers = new Task[Math.Min(options.Concurrency, Math.Max(total, 1))];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(() => WorkAsync(messages, total, runId, results, cancellationToken), cancellationToken);
        }

        await Task.WhenAll(workers);
        return results;
    }

    private async Task WorkAsync(IReadOnlyList<byte[]> messages, int total, string runId, SendResult[] results, CancellationToken cancellationToken)
    {
        MllpClient? client = null;
        try
        {
            int index;
            while ((index = Interlocked.Increment(ref _next)) < total)
            {
                var message = messages[index % messages.Count];
                if (options.Count > 0)
                {
                    message = ControlIdRewriter.WithControlId(message, runId + "-" + index.ToString(CultureInfo.InvariantCulture));
                }

                results[index] = await SendOneAsync(message, () => client, c => client = c, cancellationToken);
                Interlocked.Increment(ref _done);
            }
        }
        finally
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
        }
    }

    private async Task<SendResult> SendOneAsync(byte[] message, Func<MllpClient?> current, Action<MllpClient?> replace, CancellationToken cancellationToken)
    {
        var expectedId = AckReading.ControlIdOf(message);
        var expectation = AckReading.ExpectationOf(message);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var client = current() ?? await MllpClient.ConnectAsync(options.Host, options.Port, options.Tls, cancellationToken);
            replace(client);
            if (expectation == AckExpectation.Never)
            {
                await client.SendOnlyAsync(message, cancellationToken);
                return new SendResult(SendResult.NotRequested, true, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(expectation == AckExpectation.OnlyOnError ? ErrorOnlyGrace : options.Timeout);
            byte[]? ack;
            try
            {
                ack = await client.SendAsync(message, timeout.Token);
            }
            catch (OperationCanceledException) when (expectation == AckExpectation.OnlyOnError && !cancellationToken.IsCancellationRequested)
            {
                // Silence is success under ER, but the connection may still carry a late answer: start afresh.
                await DropAsync(client, replace);
                return new SendResult(SendResult.NotRequested, true, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (ack is null)
            {
                await DropAsync(client, replace);
                return new SendResult(null, false, latency);
            }

            return AckReading.TryRead(ack, out var code, out var acknowledgedId)
                ? new SendResult(code, acknowledgedId == expectedId, latency, expectedId, DateTimeOffset.UtcNow)
                : new SendResult("??", false, latency);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException && !cancellationToken.IsCancellationRequested)
        {
            if (current() is { } broken)
            {
                await DropAsync(broken, replace);
            }

            return new SendResult(null, false, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static async Task DropAsync(MllpClient client, Action<MllpClient?> replace)
    {
        replace(null);
        await client.DisposeAsync();
    }
}
