using BenchmarkDotNet.Running;
using IntegrationHub.Cli.Commands;

// `quick DIR [--seconds N]` runs the same single-run measurement as `hub bench parse`; anything else goes to BenchmarkDotNet.
if (args is ["quick", .. var rest])
{
    return await BenchParseCommand.RunAsync(rest, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(IntegrationHub.Benchmarks.ParseBenchmarks).Assembly).Run(args);
return 0;
