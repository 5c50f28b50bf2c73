using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests;

/// <summary>What we write must pass a validator nobody on the project wrote.</summary>
public sealed class ConformanceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fhir-conformance-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void EveryExampleResourcePassesTheIndependentValidator()
    {
        var examples = FhirExamples.All();
        foreach (var resource in examples)
        {
            File.WriteAllText(Path.Combine(_directory, FhirCode.ToCode(resource.ResourceType) + ".json"), FhirJson.Serialize(resource));
        }

        // Strict: warnings (UK NHS-number rules included) fail too.
        var (exitCode, output) = FhirValidator.Validate(_directory, strict: true);

        Assert.True(exitCode == 0, "fhir-validate reported problems:\n" + output);
        Assert.Contains($"{examples.Count} passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheValidatorRejectsAnInvalidCodeSoTheConformanceTestCanFail()
    {
        var json = FhirJson.Serialize(FhirExamples.Patient()).Replace("\"female\"", "\"woman\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "bad-patient.json"), json);

        var (exitCode, output) = FhirValidator.Validate(_directory);

        Assert.True(exitCode == 1, "expected exit code 1:\n" + output);
        Assert.Contains("gender", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMessageBundleStartsWithItsMessageHeaderAndCarriesAProvenance()
    {
        var bundle = FhirExamples.MessageBundle();

        Assert.Equal(BundleType.Message, bundle.Type);
        Assert.IsType<MessageHeader>(bundle.Entry![0].Resource);
        Assert.Contains(bundle.Entry, e => e.Resource is Provenance);
        Assert.All(bundle.Entry, e => Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal));
    }
}
