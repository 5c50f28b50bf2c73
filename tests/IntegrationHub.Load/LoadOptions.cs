using System.Globalization;

namespace IntegrationHub.Load;

/// <summary><c>--instances N --count N --concurrency N --patients N --warmup N</c>.</summary>
/// <param name="Instances">Hub processes, each with its share of the senders.</param>
/// <param name="Count">Messages in the measured run.</param>
/// <param name="Concurrency">MLLP connections in all, split over the instances.</param>
/// <param name="Patients">Distinct patients the messages are spread over.</param>
/// <param name="Warmup">
/// Messages sent and fully processed before the measured run: a fresh .NET process spends its first minute
/// re-compiling hot code at higher tiers (a fifth of its CPU in the JIT), which a hub that runs for weeks does not.
/// </param>
internal sealed record LoadOptions(int Instances, int Count, int Concurrency, int Patients, int Warmup)
{
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions(Instances: 1, Count: 20_000, Concurrency: 8, Patients: 500, Warmup: 10_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--instances" => options with { Instances = value },
                "--count" => options with { Count = value },
                "--concurrency" => options with { Concurrency = value },
                "--patients" => options with { Patients = value },
                "--warmup" => options with { Warmup = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --instances, --count, --concurrency, --patients, --warmup"),
            };
        }

        return options;
    }
}
