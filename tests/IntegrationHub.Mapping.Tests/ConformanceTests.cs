using IntegrationHub.Fhir;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Every Bundle the mapping makes must pass a validator nobody on the project wrote.</summary>
public sealed class ConformanceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mapping-conformance-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void EveryBundleFromTheCorpusAndTheUkSamplesPassesTheIndependentValidator()
    {
        var written = 0;
        foreach (var file in Inputs.CorpusFiles().Concat(Inputs.SampleFiles()))
        {
            var result = Engine.Default.Map(Engine.ReadMessage(file));
            if (result.Bundle is { } bundle)
            {
                File.WriteAllText(Path.Combine(_directory, Path.GetFileNameWithoutExtension(file) + ".json"), FhirJson.Serialize(bundle));
                written++;
            }
        }

        var (exitCode, output) = FhirValidator.Validate(_directory);

        Assert.True(exitCode == 0, "fhir-validate reported problems:\n" + output);
        Assert.Contains($"{written} passed, 0 failed", output, StringComparison.Ordinal);
        Assert.True(written >= 78, $"only {written} Bundles were produced (60 corpus messages and 18 UK samples map)");
    }

    [Fact]
    public void TheValidatorRejectsABundleWithABrokenNhsNumberSoTheConformanceTestCanFail()
    {
        var json = FhirJson.Serialize(Inputs.MapSample("UK-ADT-A01").Bundle!).Replace("9434765919", "9434765918", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "broken.json"), json);

        var (exitCode, output) = FhirValidator.Validate(_directory);

        Assert.True(exitCode == 1, "expected exit code 1:\n" + output);
        Assert.Contains("Modulus 11", output, StringComparison.Ordinal);
    }
}
