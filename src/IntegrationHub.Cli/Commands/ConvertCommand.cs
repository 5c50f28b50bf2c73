using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Cli.Mapping;
using IntegrationHub.Fhir;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub convert [--sender PROFILE] [--out DIR] [--mappings DIR] FILE|DIR...</c>: maps each v2 message to a
/// FHIR message Bundle, written to <c>DIR/&lt;input name&gt;[-N].json</c> or as NDJSON to stdout. Issues go to
/// stderr; the exit code is 1 when any message could not be mapped.
/// </summary>
public static class ConvertCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = CommandArguments.Parse(args);
        var sender = parsed.Value("sender");
        var outDir = parsed.Value("out");
        var mappings = parsed.Value("mappings");
        parsed.RejectUnknown();
        var engine = MappingsLocator.Load(mappings);
        if (parsed.Positional.Count == 0)
        {
            throw new CommandException("usage: hub convert [--sender PROFILE] [--out DIR] [--mappings DIR] FILE|DIR...");
        }

        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        var failed = 0;
        var inputs = InputMessages.Read(parsed.Positional);
        foreach (var input in inputs)
        {
            var result = engine.Map(input.Bytes, sender);
            foreach (var issue in result.Issues)
            {
                await errors.WriteLineAsync($"{input.Name}: {issue}");
            }

            if (result.Bundle is null)
            {
                failed++;
                continue;
            }

            var json = FhirJson.Serialize(result.Bundle);
            if (outDir is null)
            {
                await output.WriteLineAsync(json);
            }
            else
            {
                await File.WriteAllTextAsync(Path.Combine(outDir, input.Name + ".json"), json);
            }
        }

        await errors.WriteLineAsync($"{inputs.Count - failed} of {inputs.Count} message(s) mapped, {failed} not mapped.");
        return failed == 0 ? 0 : 1;
    }
}
