using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing;

namespace IntegrationHub.Load;

/// <summary>
/// One ceiling measurement: N senders, each sending and awaiting one message at a time until told to stop;
/// after a warm-up, for a fixed time, each send's latency, the messages sent, and the CPU spent by the broker
/// and by this process (which sends, and consumes where the scenario has a consumer).
/// </summary>
internal sealed record CeilingRun(double[] SortedLatencies, double Seconds, TimeSpan BrokerCpu, TimeSpan OwnCpu)
{
    /// <summary>Runs the senders; <paramref name="senderFor"/> gives sender i the one send it repeats, which returns once confirmed.</summary>
    public static async Task<CeilingRun> MeasureAsync(RabbitMqServer broker, int senders, TimeSpan warmup, TimeSpan measured, Func<int, Func<Task>> senderFor)
    {
        var latencies = new List<double>[senders];
        var measuring = false;
        var stop = false;
        var tasks = new Task[senders];
        for (var s = 0; s < senders; s++)
        {
            var send = senderFor(s);
            var own = latencies[s] = [];
            tasks[s] = Task.Run(async () =>
            {
                while (!Volatile.Read(ref stop))
                {
                    var started = Stopwatch.GetTimestamp();
                    await send();
                    if (Volatile.Read(ref measuring))
                    {
                        own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            });
        }

        await Task.Delay(warmup);
        var brokerBefore = ProcessCpu.Broker(broker);
        var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref measuring, true);
        await Task.Delay(measured);
        Volatile.Write(ref measuring, false);
        var seconds = clock.Elapsed.TotalSeconds;
        var brokerCpu = ProcessCpu.Broker(broker) - brokerBefore;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownBefore;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);
        return new CeilingRun(latencies.SelectMany(l => l).Order().ToArray(), seconds, brokerCpu, ownCpu);
    }

    /// <summary>Two lines: the title, then rate, latency percentiles (named by <paramref name="latencyName"/>) and CPU per message.</summary>
    public void Print(TextWriter output, string title, string latencyName)
    {
        var count = SortedLatencies.Length;
        output.WriteLine($"  {title}:");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {count / Seconds:F0} msg/s, {latencyName} p50 {Percentile(SortedLatencies, 0.50):F2} ms p99 {Percentile(SortedLatencies, 0.99):F2} ms; broker CPU {BrokerCpu.TotalMicroseconds / count:F0} us/msg ({BrokerCpu.TotalSeconds / Seconds * 100:F0}% of a core), this process {OwnCpu.TotalMicroseconds / count:F0} us/msg ({OwnCpu.TotalSeconds / Seconds * 100:F0}% of a core)"));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
