using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

public class StructureTests
{
    private const string Msh = "MSH|^~\\&|A|B|C|D|||";

    private static List<Hl7Issue> Validate(string structure, params string[] segments)
    {
        string text = Msh + "X^Y|1|P|2.4\r" + string.Join("\r", segments) + (segments.Length > 0 ? "\r" : string.Empty);
        using var message = Hl7Message.Parse(Bytes(text));
        Assert.True(Hl7MessageStructure.TryGet(structure, out var definition));
        var issues = new List<Hl7Issue>();
        int added = definition!.Validate(message, issues);
        Assert.Equal(issues.Count, added);
        return issues;
    }

    [Theory]
    [MemberData(nameof(UkSamples))]
    public void UkSamplesMatchTheirStructures(string name)
    {
        byte[] bytes = TestFiles.Read(name);
        using var message = Hl7Message.Parse(bytes);
        Assert.True(MessageHeader.TryRead(bytes, out var header, out _));
        var structure = Hl7MessageStructure.For(header!.MessageCode, header.TriggerEvent, header.MessageStructure);
        Assert.NotNull(structure);
        var issues = new List<Hl7Issue>();
        Assert.Equal(0, structure.Validate(message, issues));
    }

    public static TheoryData<string> UkSamples()
    {
        var data = new TheoryData<string>();
        foreach (string file in TestFiles.SampleFiles())
        {
            data.Add("samples/" + Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void MinimalAdmissionIsValid() =>
        Assert.Empty(Validate("ADT_A01", "EVN|A01", "PID|1", "PV1|1|I"));

    [Fact]
    public void OptionalAndRepeatingSegmentsAndGroupsAreAccepted() =>
        Assert.Empty(Validate("ADT_A01", "SFT|x", "SFT|y", "EVN|A01", "PID|1", "PD1|", "NK1|1", "NK1|2", "PV1|1", "PV2|", "OBX|1", "AL1|1", "AL1|2", "DG1|1",
            "PR1|1", "ROL|1", "PR1|2", "GT1|1", "IN1|1", "IN2|", "IN1|2", "IN3|1", "IN3|2"));

    [Fact]
    public void MissingRequiredSegmentIsReportedWithItsName()
    {
        var issue = Assert.Single(Validate("ADT_A01", "EVN|A01", "PID|1", "AL1|1"));
        Assert.Equal(Hl7ErrorCode.SegmentSequenceError, issue.Code);
        Assert.Equal(Hl7Severity.Error, issue.Severity);
        Assert.Equal("PV1", issue.Location.Segment);
        Assert.Contains("PV1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfOrderSegmentIsReported()
    {
        var issues = Validate("ADT_A01", "EVN|A01", "PV1|1", "PID|1");
        Assert.Contains(issues, i => i.Location.Segment == "PID" && i.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Location.Segment == "PID" && i.Message.Contains("unexpected", StringComparison.Ordinal));
    }

    [Fact]
    public void UnexpectedSegmentIsReportedWithItsOccurrence()
    {
        var issue = Assert.Single(Validate("ADT_A02", "EVN|A02", "PID|1", "PV1|1", "OBX|1", "OBX|2", "NK1|1"));
        Assert.Equal("NK1", issue.Location.Segment);
        Assert.Equal(1, issue.Location.SegmentSequence);
    }

    [Fact]
    public void LocalZSegmentsAreAllowedAnywhere() =>
        Assert.Empty(Validate("ADT_A03", "ZXA|1", "EVN|A03", "ZU1|x", "PID|1", "PV1|1", "ZU2|y"));

    [Fact]
    public void MergeCarriesRepeatingPatientGroups()
    {
        Assert.Empty(Validate("ADT_A39", "EVN|A40", "PID|1", "MRG|X", "PID|2", "PD1|", "MRG|Y", "PV1|1"));
        var issue = Assert.Single(Validate("ADT_A39", "EVN|A40", "PID|1"));
        Assert.Equal("MRG", issue.Location.Segment);
    }

    [Fact]
    public void PharmacyStructuresAcceptV24AndV25Shapes()
    {
        Assert.Empty(Validate("RDE_O11", "PID|1", "PV1|1", "ORC|NW", "RXE|1", "RXR|PO"));
        Assert.Empty(Validate("RDE_O11", "PID|1", "AL1|1", "ORC|NW", "TQ1|1", "RXO|x", "RXR|PO", "RXE|1", "TQ1|1", "RXR|PO", "ORC|NW", "RXE|2", "RXR|PO"));
        Assert.Empty(Validate("RDS_O13", "PID|1", "ORC|RE", "RXE|1", "RXR|PO", "RXD|1", "RXR|PO"));
        Assert.Empty(Validate("RAS_O17", "PID|1", "ORC|RE", "RXA|0|1", "RXA|0|2", "RXR|PO", "OBX|1"));
        Assert.Empty(Validate("OMP_O09", "PID|1", "ORC|NW", "RXO|x", "RXR|PO", "RXC|B|y"));
        var issue = Assert.Single(Validate("RDS_O13", "PID|1", "ORC|RE", "RXR|PO"));
        Assert.Equal("RXD", issue.Location.Segment);
    }

    [Theory]
    [InlineData("ADT", "A08", null, "ADT_A01")]
    [InlineData("ADT", "A04", "", "ADT_A01")]
    [InlineData("ADT", "A40", null, "ADT_A39")]
    [InlineData("ADT", "A03", null, "ADT_A03")]
    [InlineData("RDE", "O11", null, "RDE_O11")]
    [InlineData("ADT", "A08", "ADT_A01", "ADT_A01")]
    public void ChoosesTheStructureForAMessageType(string code, string trigger, string? structure, string expected) =>
        Assert.Equal(expected, Hl7MessageStructure.For(code, trigger, structure)!.Name);

    [Fact]
    public void UnknownMessageTypeHasNoStructure() => Assert.Null(Hl7MessageStructure.For("ORU", "R01"));

    [Fact]
    public void AllCorpusMessagesWithAKnownStructureValidateWithoutThrowing()
    {
        int validated = 0;
        foreach (string file in TestFiles.CorpusFiles())
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.True(MessageHeader.TryRead(bytes, out var header, out _));
            var structure = Hl7MessageStructure.For(header!.MessageCode, header.TriggerEvent, header.MessageStructure);
            if (structure is null)
            {
                continue;
            }

            using var message = Hl7Message.Parse(bytes);
            var issues = new List<Hl7Issue>();
            structure.Validate(message, issues);
            Assert.All(issues, i => Assert.Equal(Hl7ErrorCode.SegmentSequenceError, i.Code));
            validated++;
        }

        Assert.True(validated >= 20, $"only {validated} corpus messages had a known structure");
    }
}
