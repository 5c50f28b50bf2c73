namespace IntegrationHub.Mapping.Tests;

/// <summary>Folders beside the test binaries: the repository's mappings, the shared corpus and the validator.</summary>
internal static class Paths
{
    public static string Repository { get; } = FindRepository();

    public static string Mappings => Path.Combine(Repository, "mappings");

    public static string Corpus => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus", "fhir-converter"));

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "Samples");

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder holding IntegrationHub.sln above " + AppContext.BaseDirectory);
    }
}
