using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Mapping;

namespace IntegrationHub.Cli.Mapping;

/// <summary>Finds and loads the mapping files: <c>--mappings DIR</c>, else a <c>mappings</c> folder in or above the current directory.</summary>
internal static class MappingsLocator
{
    public static string Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath) ? explicitPath : throw new CommandException($"No mappings folder at {explicitPath}.");
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "mappings");
            if (Directory.Exists(Path.Combine(candidate, "messages")))
            {
                return candidate;
            }
        }

        throw new CommandException("No mappings folder found in or above the current directory; pass --mappings DIR.");
    }

    public static MappingEngine Load(string? explicitPath)
    {
        var path = Find(explicitPath);
        try
        {
            return MappingEngine.Load(path);
        }
        catch (MappingLoadException ex)
        {
            throw new CommandException(ex.Message);
        }
    }
}
