using System.Globalization;
using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Cli.Mapping;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub bench map DIR [--seconds N] [--mappings DIR]</c>: for each *.hl7 file in DIR, parse + map + serialise on
/// one thread (warm-up of a third of N, then N seconds of passes, default 1) and print
/// <c>&lt;file&gt;: &lt;N&gt; msg/s, &lt;N&gt; B/msg</c>; files whose messages are not mapped are marked.
/// </summary>
public static class BenchMapCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = CommandArguments.Parse(args);
        var seconds = parsed.Int("seconds", 1, 1, 600);
        var mappings = parsed.Value("mappings");
        parsed.RejectUnknown();
        if (parsed.Positional.Count != 1 || !Directory.Exists(parsed.Positional[0]))
        {
            throw new CommandException("usage: hub bench map DIR [--seconds N] [--mappings DIR]");
        }

        var engine = MappingsLocator.Load(mappings);
        var benchmark = new MapBenchmark(engine, TimeSpan.FromSeconds(seconds / 3.0), TimeSpan.FromSeconds(seconds));
        var files = Directory.GetFiles(parsed.Positional[0], "*.hl7", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var messages = InputMessages.Read([file]).ConvertAll(m => m.Bytes);
            var result = benchmark.Run(messages);
            var note = result.Mapped == messages.Count ? string.Empty : $" ({messages.Count - result.Mapped} of {messages.Count} not mapped)";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}: {result.MessagesPerSecond:F0} msg/s, {result.BytesPerMessage:F0} B/msg{note}"));
        }

        return 0;
    }
}
