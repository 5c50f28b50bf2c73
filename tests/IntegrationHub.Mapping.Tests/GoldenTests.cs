using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Fhir;
using IntegrationHub.Hl7;
using Xunit.Abstractions;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Every corpus message maps or is clearly unsupported; our UK samples map to their checked-in JSON.</summary>
public sealed class GoldenTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void EveryCorpusMessageMapsOrIsReportedAsAnUnsupportedType()
    {
        var supported = new HashSet<string>(Engine.Default.SupportedEvents, StringComparer.Ordinal);
        var mapped = new List<string>();
        var unsupported = new List<string>();
        foreach (var file in Inputs.CorpusFiles())
        {
            var result = Engine.Default.Map(Engine.ReadMessage(file));
            var name = Path.GetFileName(file);
            if (result.Succeeded)
            {
                mapped.Add(name);
                Assert.DoesNotContain(result.Issues, i => i.Severity is Hl7Severity.Error or Hl7Severity.Fatal);
                continue;
            }

            Assert.False(supported.Contains(result.EventCode), $"{name} ({result.EventCode}) is covered but was not mapped: {string.Join("; ", result.Issues)}");
            var issue = Assert.Single(result.Issues, i => i.Severity == Hl7Severity.Error);
            Assert.Equal(Hl7ErrorCode.UnsupportedMessageType, issue.Code);
            Assert.Contains("Unsupported message type", issue.Message, StringComparison.Ordinal);
            unsupported.Add($"{name} ({result.EventCode})");
        }

        output.WriteLine($"{mapped.Count} mapped, {unsupported.Count} unsupported: {string.Join(", ", unsupported)}");
        Assert.Equal(139, mapped.Count + unsupported.Count);
        Assert.Equal(60, mapped.Count);
    }

    [Theory]
    [MemberData(nameof(Inputs.SampleNames), MemberType = typeof(Inputs))]
    public void UkSampleMapsToItsExpectedBundle(string name)
    {
        var result = Inputs.MapSample(name);

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        var actual = JsonNode.Parse(FhirJson.Serialize(result.Bundle!))!.ToJsonString(Indented) + "\n";
        var expectedPath = Path.Combine(Paths.Repository, "tests", "IntegrationHub.Mapping.Tests", "Samples", name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No expected JSON {expectedPath}; review the output and check it in.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
