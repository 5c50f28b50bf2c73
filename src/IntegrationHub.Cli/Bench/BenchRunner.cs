using System.Diagnostics;
using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// Runs every case over the same messages on one thread. After a warm-up of each case (so the JIT reaches its
/// optimised tier) the cases take turns in rounds, each round a timed run of whole passes over all messages;
/// a case's rate is the median of its rounds. Interleaving and the median keep a noisy, shared machine from
/// favouring whichever case happened to run in a quiet moment. Allocation is the difference of
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around each timed run, summed over the rounds.
/// </summary>
public sealed class BenchRunner
{
    private const int Rounds = 9;
    private readonly byte[][] _messages;
    private readonly long _totalBytes;
    private readonly TimeSpan _warmUp;
    private readonly TimeSpan _round;

    /// <param name="messages">The messages, each a complete HL7 v2 message.</param>
    /// <param name="warmUp">Warm-up time per case.</param>
    /// <param name="measure">Measured time per case, split over the rounds.</param>
    public BenchRunner(byte[][] messages, TimeSpan warmUp, TimeSpan measure)
    {
        _messages = messages;
        _warmUp = warmUp;
        _round = measure / Rounds;
        foreach (byte[] message in messages)
        {
            _totalBytes += message.Length;
        }
    }

    /// <summary>Measures the four cases: parse, parse + read ADT fields, write, string.Split baseline (in that order).</summary>
    public BenchCase[] RunAll()
    {
        using var buffer = new Hl7PooledBuffer(16 * 1024);
        var cases = new (string Name, Func<byte[], Hl7PooledBuffer, int> Work)[]
        {
            ("parse", static (m, _) => BenchWorkloads.Parse(m)),
            ("parse + read ADT fields", static (m, _) => BenchWorkloads.ParseAndReadAdt(m)),
            ("write (parse + rewrite all fields)", static (m, b) => BenchWorkloads.Write(m, b)),
            ("string.Split baseline", static (m, _) => BenchWorkloads.Split(m)),
        };

        foreach (var (_, work) in cases)
        {
            Measure(work, buffer, _warmUp);
        }

        var rates = new double[cases.Length][];
        var messages = new double[cases.Length];
        var allocated = new long[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            rates[c] = new double[Rounds];
        }

        for (int round = 0; round < Rounds; round++)
        {
            for (int c = 0; c < cases.Length; c++)
            {
                var (passes, seconds, bytes) = Measure(cases[c].Work, buffer, _round);
                rates[c][round] = passes / seconds;
                messages[c] += passes * (double)_messages.Length;
                allocated[c] += bytes;
            }
        }

        var results = new BenchCase[cases.Length];
        for (int c = 0; c < cases.Length; c++)
        {
            Array.Sort(rates[c]);
            double passesPerSecond = rates[c][Rounds / 2];
            results[c] = new BenchCase(cases[c].Name, passesPerSecond * _messages.Length, passesPerSecond * _totalBytes / 1_000_000, allocated[c] / messages[c]);
        }

        return results;
    }

    private (long Passes, double Seconds, long Allocated) Measure(Func<byte[], Hl7PooledBuffer, int> work, Hl7PooledBuffer buffer, TimeSpan duration)
    {
        int sink = 0;
        long passes = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (byte[] message in _messages)
            {
                sink += work(message, buffer);
            }

            passes++;
        }
        while (clock.Elapsed < duration);

        double seconds = clock.Elapsed.TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(sink);
        return (passes, seconds, allocated);
    }
}
