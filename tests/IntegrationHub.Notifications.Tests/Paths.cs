namespace IntegrationHub.Notifications.Tests;

/// <summary>Folders found from the test binaries: the repository (mappings) and the shared validator.</summary>
internal static class Paths
{
    public static string Repository { get; } = FindRepository();

    public static string Mappings => Path.Combine(Repository, "mappings");

    public static string Validator => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "tools", "fhir-validate"));

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
