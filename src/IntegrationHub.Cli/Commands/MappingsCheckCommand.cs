using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Cli.Mapping;
using IntegrationHub.Mapping;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub mappings check [--mappings DIR]</c>: loads and checks every mapping file, as the hub does at
/// start-up, and prints each problem as <c>file:line: message</c> (exit 1), or what the maps cover (exit 0).
/// </summary>
public static class MappingsCheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = CommandArguments.Parse(args);
        var path = MappingsLocator.Find(parsed.Value("mappings"));
        parsed.RejectUnknown();
        if (parsed.Positional.Count > 0)
        {
            throw new CommandException("usage: hub mappings check [--mappings DIR]");
        }

        MappingEngine engine;
        try
        {
            engine = MappingEngine.Load(path);
        }
        catch (MappingLoadException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await output.WriteLineAsync(problem);
            }

            await output.WriteLineAsync($"{ex.Problems.Count} problem(s) in {path}");
            return 1;
        }

        await output.WriteLineAsync($"{path}: OK, {engine.SupportedEvents.Count} message types ({string.Join(' ', engine.SupportedEvents)}), profiles: {(engine.ProfileNames.Count == 0 ? "none" : string.Join(' ', engine.ProfileNames))}");
        return 0;
    }
}
