using System.Globalization;

namespace IntegrationHub.Cli.Sending;

/// <summary>Counts and ACK latency percentiles of a send run, printed as the last lines of <c>hub send</c>.</summary>
internal sealed class SendSummary(IReadOnlyList<SendResult> results, TimeSpan elapsed)
{
    private static readonly string[] Codes = ["AA", "AE", "AR", "CA", "CE", "CR", SendResult.NotRequested];

    public int Sent => results.Count;

    public int Positive => results.Count(r => r.Positive);

    public int Count(string code) => results.Count(r => r.Code == code);

    public int WrongControlId => results.Count(r => r.Answered && !r.ControlIdMatches);

    public int Unanswered => results.Count(r => !r.Answered);

    public double MessagesPerSecond => results.Count / Math.Max(elapsed.TotalSeconds, 1e-9);

    public double Percentile(double p)
    {
        var latencies = results.Where(r => r.Answered && r.Code != SendResult.NotRequested).Select(r => r.LatencyMilliseconds).Order().ToArray();
        if (latencies.Length == 0)
        {
            return double.NaN;
        }

        // Nearest-rank percentile.
        var rank = (int)Math.Ceiling(p / 100 * latencies.Length);
        return latencies[Math.Clamp(rank - 1, 0, latencies.Length - 1)];
    }

    /// <summary>
    /// One line per positively acknowledged message, <c>control id TAB Unix time of the ACK in microseconds</c>:
    /// what <c>hub send --ack-log</c> writes, so a load run can measure ACK → stored against the store's clock.
    /// </summary>
    public void WriteAckLog(TextWriter output)
    {
        foreach (var result in results)
        {
            if (result is { Positive: true, ControlId: { } controlId, AnsweredAt: { } answeredAt })
            {
                output.Write(controlId);
                output.Write('\t');
                output.WriteLine((answeredAt - DateTimeOffset.UnixEpoch).Ticks / 10);
            }
        }
    }

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"sent: {Sent} in {elapsed.TotalSeconds:F2} s ({MessagesPerSecond:F0} msg/s)"));
        output.WriteLine("acks: " + string.Join(' ', Codes.Select(code => $"{code}={Count(code)}")) + " (-- = no ACK requested by MSH-15)");
        output.WriteLine(string.Create(c, $"problems: wrong MSA-2={WrongControlId} no answer={Unanswered}"));
        output.WriteLine(string.Create(c, $"ack latency ms: p50={Percentile(50):F2} p90={Percentile(90):F2} p99={Percentile(99):F2} max={Percentile(100):F2}"));
        output.WriteLine(string.Create(c, $"{Positive} passed, {Sent - Positive} failed"));
    }
}
