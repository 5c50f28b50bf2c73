namespace IntegrationHub.Mapping.Tests;

/// <summary>The messages the tests map: the shared corpus and our UK samples.</summary>
public static class Inputs
{
    public static IEnumerable<string> CorpusFiles() => Sorted(Directory.GetFiles(Paths.Corpus, "*.hl7"));

    public static IEnumerable<string> SampleFiles() => Sorted(Directory.GetFiles(Paths.Samples, "*.hl7"));

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in SampleFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static MappingResult MapSample(string name, string? profile = null) =>
        Engine.Default.Map(Engine.ReadMessage(Path.Combine(Paths.Samples, name + ".hl7")), profile);

    private static string[] Sorted(string[] files)
    {
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
