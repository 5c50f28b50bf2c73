using System.Globalization;

namespace IntegrationHub.Load;

/// <summary><c>--instances N --count N --concurrency N --patients N</c>.</summary>
internal sealed record LoadOptions(int Instances, int Count, int Concurrency, int Patients)
{
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions(Instances: 1, Count: 20_000, Concurrency: 8, Patients: 500);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--instances" => options with { Instances = value },
                "--count" => options with { Count = value },
                "--concurrency" => options with { Concurrency = value },
                "--patients" => options with { Patients = value },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --instances, --count, --concurrency, --patients"),
            };
        }

        return options;
    }
}
