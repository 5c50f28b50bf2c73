using BenchmarkDotNet.Attributes;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Hl7;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// The cases of <c>hub bench parse</c> under BenchmarkDotNet, over the UK ADT samples and the public corpus.
/// Each invocation processes every message once; divide by the message count for per-message figures.
/// The baseline is the <c>string.Split</c> parser, so the Ratio column is the speed-up over it.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[][] _messages = [];
    private Hl7PooledBuffer? _buffer;

    [Params("uk-adt", "corpus")]
    public string Set { get; set; } = "uk-adt";

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string directory = Set == "uk-adt"
            ? Path.Combine(root, "tests", "IntegrationHub.Hl7.Tests", "Samples")
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "fhir-converter"));
        string[] files = Directory.GetFiles(directory, "*.hl7");
        Array.Sort(files, StringComparer.Ordinal);
        _messages = Array.ConvertAll(files, File.ReadAllBytes);
        _buffer = new Hl7PooledBuffer(16 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup() => _buffer?.Dispose();

    [Benchmark(Baseline = true)]
    public int SplitBaseline()
    {
        int sum = 0;
        foreach (byte[] message in _messages)
        {
            sum += BenchWorkloads.Split(message);
        }

        return sum;
    }

    [Benchmark]
    public int Parse()
    {
        int sum = 0;
        foreach (byte[] message in _messages)
        {
            sum += BenchWorkloads.Parse(message);
        }

        return sum;
    }

    [Benchmark]
    public int ParseAndReadAdt()
    {
        int sum = 0;
        foreach (byte[] message in _messages)
        {
            sum += BenchWorkloads.ParseAndReadAdt(message);
        }

        return sum;
    }

    [Benchmark]
    public int Write()
    {
        int sum = 0;
        foreach (byte[] message in _messages)
        {
            sum += BenchWorkloads.Write(message, _buffer!);
        }

        return sum;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found above " + AppContext.BaseDirectory);
    }
}
