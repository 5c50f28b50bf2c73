using System.Globalization;
using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub bench parse DIR [--seconds N]</c>: measures the HL7 parser on the *.hl7 files in DIR — structural parse,
/// parse + reading the ADT mapping's fields, write, and the <c>string.Split</c> baseline — in one run on one
/// machine, and prints one line per case (<c>&lt;case&gt;: &lt;N&gt; msg/s, &lt;N&gt; MB/s, &lt;N&gt; B/msg</c>) and last
/// <c>ratio vs split: &lt;x&gt;</c> for parse + read. Each case is warmed up for a third of the measuring time
/// (default 3 s), then measured in interleaved rounds on one thread (see <see cref="BenchRunner"/>).
/// </summary>
public static class BenchParseCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string? directory = null;
        double seconds = 3;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length
                && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0)
            {
                i++;
            }
            else if (directory is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                directory = args[i];
            }
            else
            {
                await output.WriteLineAsync("usage: hub bench parse DIR [--seconds N]");
                return 2;
            }
        }

        if (directory is null || !Directory.Exists(directory))
        {
            await output.WriteLineAsync($"hub bench parse: directory '{directory}' not found (usage: hub bench parse DIR [--seconds N])");
            return 2;
        }

        string[] files = Directory.GetFiles(directory, "*.hl7", SearchOption.AllDirectories);
        if (files.Length == 0)
        {
            await output.WriteLineAsync($"hub bench parse: no *.hl7 files in '{directory}'");
            return 2;
        }

        Array.Sort(files, StringComparer.Ordinal);
        var messages = new byte[files.Length][];
        for (int i = 0; i < files.Length; i++)
        {
            messages[i] = await File.ReadAllBytesAsync(files[i]);
        }

        var runner = new BenchRunner(messages, TimeSpan.FromSeconds(seconds / 3), TimeSpan.FromSeconds(seconds));
        var results = runner.RunAll();
        foreach (var result in results)
        {
            await output.WriteLineAsync(result.ToString());
        }

        // Cases run in order: parse, parse + read ADT fields, write, string.Split baseline.
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ratio vs split: {results[1].MessagesPerSecond / results[3].MessagesPerSecond:F2}"));
        return 0;
    }
}
