using System.Buffers;
using System.Diagnostics;
using IntegrationHub.Fhir;
using IntegrationHub.Mapping;

namespace IntegrationHub.Cli.Mapping;

/// <summary>
/// Times parse + map + serialise for the messages of one file on this thread: a warm-up, then as many
/// passes as fit in the measuring time, by wall clock, with the bytes this thread allocated.
/// </summary>
internal sealed class MapBenchmark(MappingEngine engine, TimeSpan warmUp, TimeSpan measure)
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    public MapBenchmarkResult Run(IReadOnlyList<byte[]> messages)
    {
        var mapped = RunFor(messages, warmUp, out _, out _);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        RunFor(messages, measure, out var count, out var elapsed);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new MapBenchmarkResult(count / elapsed.TotalSeconds, (double)allocated / count, mapped);
    }

    private int RunFor(IReadOnlyList<byte[]> messages, TimeSpan duration, out long count, out TimeSpan elapsed)
    {
        var stopwatch = Stopwatch.StartNew();
        var mapped = 0;
        count = 0;
        do
        {
            // Batches of passes between clock reads keep the clock out of the measurement.
            for (var pass = 0; pass < 16; pass++)
            {
                mapped = 0;
                foreach (var message in messages)
                {
                    var result = engine.Map(message);
                    if (result.Bundle is { } bundle)
                    {
                        _output.ResetWrittenCount();
                        FhirJson.Serialize(_output, bundle);
                        mapped++;
                    }

                    count++;
                }
            }
        }
        while (stopwatch.Elapsed < duration);

        elapsed = stopwatch.Elapsed;
        return mapped;
    }
}
