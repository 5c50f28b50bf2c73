using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping.Tests;

/// <summary>The message Bundle around the resources, bad input, determinism and sharing the engine.</summary>
public sealed class MessageTests
{
    [Fact]
    public void TheBundleStartsWithTheMessageHeaderAndEndsWithAProvenanceOfTheV2Message()
    {
        var result = Inputs.MapSample("UK-ADT-A01");
        var bundle = result.Bundle!;

        Assert.Equal(BundleType.Message, bundle.Type);
        Assert.Equal("ADT^A01", result.EventCode);
        var header = Assert.IsType<IntegrationHub.Fhir.MessageHeader>(bundle.Entry![0].Resource);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0003", header.EventCoding!.System);
        Assert.Equal("A01", header.EventCoding.Code);
        Assert.Equal("PAS", header.Source.Name);
        var provenance = Assert.IsType<Provenance>(bundle.Entry[^1].Resource);
        Assert.Equal(bundle.Entry.Count - 2, provenance.Target.Count);
        var entity = Assert.Single(provenance.Entity!);
        Assert.Equal(ProvenanceEntityRole.Source, entity.Role);
        Assert.Equal("RXX000101", entity.What.Identifier!.Value);
        Assert.Equal("2024-03-12T10:15:00Z", bundle.Timestamp.ToString());
        Assert.All(bundle.Entry, e => Assert.Equal("urn:uuid:" + e.Resource!.Id, e.FullUrl));
    }

    [Fact]
    public void MappingTheSameMessageTwiceGivesTheSameBundle()
    {
        var bytes = Engine.ReadMessage(Path.Combine(Paths.Samples, "UK-RDE-O11.hl7"));

        var first = FhirJson.Serialize(Engine.Default.Map(bytes).Bundle!);
        var second = FhirJson.Serialize(Engine.Default.Map(bytes).Bundle!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnUnsupportedMessageTypeIsAnIssueNotACrash()
    {
        var result = Engine.Default.Map(Engine.ReadMessage(Path.Combine(Paths.Corpus, "VXU-V04-01.hl7")));

        Assert.False(result.Succeeded);
        Assert.Null(result.Bundle);
        var issue = Assert.Single(result.Issues, i => i.Severity == Hl7Severity.Error);
        Assert.Equal(Hl7ErrorCode.UnsupportedMessageType, issue.Code);
        Assert.Equal("MSH", issue.Location.Segment);
        Assert.Equal(9, issue.Location.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a message at all")]
    [InlineData("MSH|^~\\&")]
    [InlineData("MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.4\rPID|||||||||||||||||||||||||||||||||||||||||||\rPV1|")]
    [InlineData("MSH|^~\\&|A|B|C|D|garbage||ADT^A01|1|P|2.4\rPID|1||^^^NHS^NH~&&&^^^^\rPV1|1|Q|^^^^|||||||||||||||||\\X00\\||||||||||||||||||||||||||99999999|0")]
    public void BadInputGivesIssuesAndNeverThrows(string text)
    {
        var result = Engine.Default.Map(Bundles.Message(text));

        Assert.True(result.Succeeded || result.Issues.Count > 0);
    }

    [Fact]
    public void AnImpossibleUtcOffsetIsAWarningNotACrash()
    {
        var text = "MSH|^~\\&|PAS|RXX|HUB|RXX|20240101120000+1500||ADT^A01|7|P|2.4\rPID|1||1^^^RXX^MR\rPV1|1|I"
            + new string('|', 42) + "20240101120000+2359\r";

        var result = Engine.Default.Map(Bundles.Message(text));

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        Assert.Null(result.Bundle!.One<Encounter>().Period);
        Assert.Contains(result.Issues, i => i.Code == Hl7ErrorCode.DataTypeError && i.Location.Field == 44);
        Assert.Contains(result.Issues, i => i.Code == Hl7ErrorCode.DataTypeError && i.Location.Field == 7);
    }

    [Fact]
    public void APharmacyOrderWithoutTheMedicationIsRejectedWithTheField()
    {
        var text = "MSH|^~\\&|EPMA|RXX|HUB|RXX|20240312140500||RDE^O11^RDE_O11|9|P|2.5.1\rPID|1||9434765919^^^NHS^NH\rORC|NW|1^EPMA\rRXE|||5\r";

        var result = Engine.Default.Map(Bundles.Message(text));

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Issues, i => i.Severity == Hl7Severity.Error);
        Assert.Equal(Hl7ErrorCode.RequiredFieldMissing, issue.Code);
        Assert.Equal("RXE", issue.Location.Segment);
        Assert.Equal(2, issue.Location.Field);
    }

    [Fact]
    public void ManyThreadsShareOneEngineAndGetWhatOneThreadGets()
    {
        var files = Inputs.CorpusFiles().Concat(Inputs.SampleFiles()).ToArray();
        var messages = Array.ConvertAll(files, Engine.ReadMessage);
        var expected = Array.ConvertAll(messages, m => Engine.Default.Map(m).Bundle is { } b ? FhirJson.Serialize(b) : "-");

        var actual = new string[messages.Length * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var result = Engine.Default.Map(messages[i % messages.Length]);
            actual[i] = result.Bundle is { } b ? FhirJson.Serialize(b) : "-";
        });

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % messages.Length], actual[i]);
        }
    }
}
