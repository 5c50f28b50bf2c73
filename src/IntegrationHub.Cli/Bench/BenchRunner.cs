using System.Diagnostics;
using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// Runs each case over the same messages on one thread: a warm-up (so the JIT reaches its optimised tier), then a
/// timed run of whole passes over all messages for at least the measuring time. Allocation is the difference of
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around the timed run.
/// </summary>
public sealed class BenchRunner
{
    private readonly byte[][] _messages;
    private readonly long _totalBytes;
    private readonly TimeSpan _warmUp;
    private readonly TimeSpan _measure;

    public BenchRunner(byte[][] messages, TimeSpan warmUp, TimeSpan measure)
    {
        _messages = messages;
        _warmUp = warmUp;
        _measure = measure;
        foreach (byte[] message in messages)
        {
            _totalBytes += message.Length;
        }
    }

    public BenchCase RunParse() => Run("parse", static (m, _) => BenchWorkloads.Parse(m), null);

    public BenchCase RunParseAndReadAdt() => Run("parse + read ADT fields", static (m, _) => BenchWorkloads.ParseAndReadAdt(m), null);

    public BenchCase RunWrite()
    {
        using var buffer = new Hl7PooledBuffer(16 * 1024);
        return Run("write (parse + rewrite all fields)", static (m, b) => BenchWorkloads.Write(m, b!), buffer);
    }

    public BenchCase RunSplit() => Run("string.Split baseline", static (m, _) => BenchWorkloads.Split(m), null);

    private BenchCase Run(string name, Func<byte[], Hl7PooledBuffer?, int> work, Hl7PooledBuffer? buffer)
    {
        int sink = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < _warmUp)
        {
            sink += Pass(work, buffer);
        }

        long passes = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        do
        {
            sink += Pass(work, buffer);
            passes++;
        }
        while (clock.Elapsed < _measure);

        double seconds = clock.Elapsed.TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        double messages = (double)passes * _messages.Length;
        return new BenchCase(name, messages / seconds, passes * (double)_totalBytes / seconds / 1_000_000, allocated / messages);
    }

    private int Pass(Func<byte[], Hl7PooledBuffer?, int> work, Hl7PooledBuffer? buffer)
    {
        int sum = 0;
        foreach (byte[] message in _messages)
        {
            sum += work(message, buffer);
        }

        return sum;
    }
}
