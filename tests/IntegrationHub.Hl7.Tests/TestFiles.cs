namespace IntegrationHub.Hl7.Tests;

/// <summary>Locates the shared corpus and the UK samples; a missing corpus fails the test with a clear message.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CorpusDirectory
    {
        get
        {
            string directory = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "fhir-converter"));
            if (!Directory.Exists(directory))
            {
                Assert.Fail($"The sample corpus is missing: expected {directory} (../shared/corpus/fhir-converter beside the repository).");
            }

            return directory;
        }
    }

    public static string SamplesDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IEnumerable<string> CorpusFiles()
    {
        var files = Directory.GetFiles(CorpusDirectory, "*.hl7");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            Assert.Fail($"No *.hl7 files in {CorpusDirectory}.");
        }

        return files;
    }

    public static IEnumerable<string> SampleFiles()
    {
        var files = Directory.GetFiles(SamplesDirectory, "*.hl7");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Every corpus and UK sample file as xunit theory data (file name relative to its folder).</summary>
    public static TheoryData<string> AllMessages()
    {
        var data = new TheoryData<string>();
        foreach (string file in CorpusFiles())
        {
            data.Add("corpus/" + Path.GetFileName(file));
        }

        foreach (string file in SampleFiles())
        {
            data.Add("samples/" + Path.GetFileName(file));
        }

        return data;
    }

    public static byte[] Read(string name) => name.StartsWith("corpus/", StringComparison.Ordinal)
        ? File.ReadAllBytes(Path.Combine(CorpusDirectory, name["corpus/".Length..]))
        : File.ReadAllBytes(Path.Combine(SamplesDirectory, name["samples/".Length..]));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found above " + AppContext.BaseDirectory);
    }
}
