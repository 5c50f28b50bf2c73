namespace IntegrationHub.Mapping.Tests;

/// <summary>A private copy of the repository's mapping files that a test may break.</summary>
internal sealed class MappingsCopy : IDisposable
{
    public MappingsCopy()
    {
        Root = Path.Combine(Directory.CreateTempSubdirectory("mappings-").FullName, "mappings");
        Copy(Paths.Mappings, Root);
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);

    /// <summary>Replaces the text <paramref name="old"/> in <paramref name="file"/> (relative to the root) and returns the 1-based line it is on.</summary>
    public int Replace(string file, string old, string replacement)
    {
        var path = Path.Combine(Root, file);
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(old, StringComparison.Ordinal))
            {
                lines[i] = lines[i].Replace(old, replacement, StringComparison.Ordinal);
                File.WriteAllLines(path, lines);
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{old}' is not in {file}");
    }

    public MappingLoadException LoadFails() => Assert.Throws<MappingLoadException>(() => MappingEngine.Load(Root));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
