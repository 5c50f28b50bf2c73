using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

public class ParsingTests
{
    [Fact]
    public void IndexesSegmentsAndReadsFieldsByPath()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal(5, message.SegmentCount);
        Assert.Equal("PID", message.Segment(2).ToString()[..3]);
        Assert.Equal("9434765919", message.Get(Hl7Path.Parse("PID-3.1")).ToString());
        Assert.Equal("RRK", message.Get(Hl7Path.Parse("PID-3[2].4")).ToString());
        Assert.Equal("MR", message.Get(Hl7Path.Parse("PID-3[2].5")).ToString());
        Assert.Equal("O&BRIEN", message.Get(Hl7Path.Parse("PID-5.1")).ToString());
        Assert.Equal("O\\T\\BRIEN", System.Text.Encoding.ASCII.GetString(message.Get(Hl7Path.Parse("PID-5.1.1")).Raw));
        Assert.Equal(Hl7Version.V24, message.Version);
        Assert.Equal(Hl7LineEnding.Cr, message.SegmentTerminator);
        Assert.True(message.EndsWithTerminator);
    }

    [Fact]
    public void MshFieldsAreNumberedFromTheFieldSeparator()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01));
        var msh = message.Segment(0);
        Assert.Equal("|", msh.Field(1).ToString());
        Assert.Equal("^~\\&", msh.Field(2).ToString());
        Assert.Equal(Hl7Level.Literal, msh.Field(2).Level);
        Assert.Equal(1, msh.Field(2).ComponentCount);
        Assert.Equal("PAS", msh.Field(3).ToString());
        Assert.Equal("A01", msh.Field(9).Component(2).ToString());
        Assert.Equal(16, msh.FieldCount);
    }

    [Theory]
    [InlineData("\r", Hl7LineEnding.Cr)]
    [InlineData("\n", Hl7LineEnding.Lf)]
    [InlineData("\r\n", Hl7LineEnding.CrLf)]
    public void AcceptsCrLfAndCrLfTerminators(string terminator, Hl7LineEnding expected)
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("\r", terminator, StringComparison.Ordinal)));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal(expected, message.SegmentTerminator);
        Assert.Equal(5, message.SegmentCount);
        Assert.Equal("SIOBHAN", message.Get(Hl7Path.Parse("PID-5.2")).ToString());
        Assert.Equal("I", message.Get(Hl7Path.Parse("PV1-2")).ToString());
    }

    [Fact]
    public void DistinguishesEmptyFromExplicitNull()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ADT^A08|1|P|2.5\rPID|1|\"\"||X^\"\"\r"));
        var pid = message.Segment(1);
        Assert.True(pid.Field(2).IsNull);
        Assert.False(pid.Field(2).IsEmpty);
        Assert.False(pid.Field(2).HasValue);
        Assert.True(pid.Field(3).IsEmpty);
        Assert.False(pid.Field(3).IsNull);
        Assert.True(pid.Field(4).Component(2).IsNull);
        Assert.Equal(string.Empty, pid.Field(2).ToString());
        Assert.True(pid.Field(40).IsEmpty);
    }

    [Fact]
    public void CountsTrailingDelimiters()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ADT^A08|1|P|2.5\rPID|1||A^B^^~C&D&&|||\r"));
        var pid = message.Segment(1);
        Assert.Equal(6, pid.FieldCount);
        var field = pid.Field(3);
        Assert.Equal(2, field.RepetitionCount);
        Assert.Equal(4, field.ComponentCount);
        Assert.Equal(4, field.Repetition(2).Component(1).SubComponentCount);
        Assert.Equal("D", field.Repetition(2).Component(1).SubComponent(2).ToString());
        Assert.True(field.Repetition(3).IsEmpty);
    }

    [Fact]
    public void ReadsTruncationCharacterAndNonDefaultDelimiters()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&#|A|B|C|D|||ADT^A01|1|P|2.7\rPID|1||X\\P\\Y^Z\r"));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal((byte)'#', message.Delimiters.Truncation);
        Assert.Equal("X#Y", message.Get(Hl7Path.Parse("PID-3.1")).ToString());

        using var custom = Hl7Message.Parse(Bytes("MSH*:!/$*A*B*C*D***ADT:A01*1*P*2.4\rPID*1**N1:x$y!N2*\r"));
        Assert.True(custom.Issues.IsEmpty, Strings(custom.Issues));
        Assert.Equal("y", custom.Get(Hl7Path.Parse("PID-3.2.2")).ToString());
        Assert.Equal("N2", custom.Get(Hl7Path.Parse("PID-3[2]")).ToString());
    }

    [Fact]
    public void ZSegmentsAreOrdinarySegments()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01 + "ZU1|abc|2\r"));
        Assert.True(message.Issues.IsEmpty);
        Assert.Equal("2", message.Get(Hl7Path.Parse("ZU1-2")).ToString());
    }

    [Fact]
    public void FindsRepeatedSegmentsByOccurrence()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.5\rOBX|1|NM|a\rOBX|2|NM|b\rOBX|3|NM|c\r"));
        Assert.Equal("b", message.Get(Hl7Path.Parse("OBX(2)-3")).ToString());
        Assert.Equal(3, message.FindSegment("OBX"u8, 3));
        Assert.Equal(-1, message.FindSegment("OBX"u8, 4));
        Assert.False(message.TryGetSegment("PID"u8, out _));
    }

    [Fact]
    public void BatchEnvelopesAreIndexedWithEveryMessage()
    {
        string batch = "FHS|^~\\&|PAS|RRK\rBHS|^~\\&|PAS|RRK\r" + AdtA01 + AdtA01.Replace("MSG1", "MSG2", StringComparison.Ordinal) + "BTS|2\rFTS|1\r";
        using var message = Hl7Message.Parse(Bytes(batch));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal("MSG2", message.Get(Hl7Path.Parse("MSH(2)-10")).ToString());
        Assert.Equal("PAS", message.Get(Hl7Path.Parse("FHS-3")).ToString());
        Assert.Equal("2", message.Get(Hl7Path.Parse("BTS-1")).ToString());

        var messages = new List<string>();
        foreach (var range in Hl7Batch.Split(Bytes(batch)))
        {
            using var inner = Hl7Message.Parse(Bytes(batch).AsSpan(range));
            messages.Add(inner.Get(Hl7Path.Parse("MSH-10")).ToString());
            Assert.Equal(5, inner.SegmentCount);
        }

        Assert.Equal(["MSG1", "MSG2"], messages);
    }

    [Theory]
    [InlineData("2.1", 2, 1, 0)]
    [InlineData("2.3", 2, 3, 0)]
    [InlineData("2.3.1", 2, 3, 1)]
    [InlineData("2.4", 2, 4, 0)]
    [InlineData("2.4.0", 2, 4, 0)]
    [InlineData("2.5", 2, 5, 0)]
    [InlineData("2.5.1", 2, 5, 1)]
    [InlineData("2.6", 2, 6, 0)]
    [InlineData("2.7.1", 2, 7, 1)]
    [InlineData("2.8", 2, 8, 0)]
    [InlineData("2.8.2", 2, 8, 2)]
    [InlineData("2.5^GBR^2.4", 2, 5, 0)]
    public void ReadsEveryPublishedVersion(string msh12, int major, int minor, int patch)
    {
        using var message = Hl7Message.Parse(Bytes($"MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|{msh12}\r"));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal(new Hl7Version(major, minor, patch), message.Version);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("2.9")]
    [InlineData("v2.4")]
    [InlineData("2..4")]
    public void UnknownVersionIsAnIssue(string msh12)
    {
        using var message = Hl7Message.Parse(Bytes($"MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|{msh12}\r"));
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7ErrorCode.UnsupportedVersionId, issue.Code);
        Assert.Equal("MSH-12.1", issue.Location.ToString());
    }

    [Fact]
    public void ByteOrderMarkIsSkippedAndRemembered()
    {
        using var message = Hl7Message.Parse([0xEF, 0xBB, 0xBF, .. Bytes(AdtA01)]);
        Assert.True(message.HasByteOrderMark);
        Assert.True(message.Issues.IsEmpty);
        Assert.Equal("MSH", System.Text.Encoding.ASCII.GetString(message.Segment(0).Id));
    }

    [Fact]
    public void EmptyLinesBetweenSegmentsAreReportedAndSkipped()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("\rPID", "\r\rPID", StringComparison.Ordinal)));
        Assert.Equal(5, message.SegmentCount);
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7Severity.Warning, issue.Severity);
    }

    [Fact]
    public void InvalidSegmentIdIsAnError()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01 + "P!D|1\r"));
        Assert.True(message.HasErrors);
        Assert.Equal(Hl7ErrorCode.SegmentSequenceError, message.Issues[0].Code);
        Assert.Equal(6, message.Issues[0].Location.SegmentSequence);
    }

    [Fact]
    public void MissingHeaderIsFatalButNotAnException()
    {
        using var message = Hl7Message.Parse(Bytes("PID|1||X\r"));
        Assert.True(message.HasErrors);
        Assert.Equal(Hl7Severity.Fatal, message.Issues[0].Severity);
        Assert.Equal(1, message.SegmentCount);

        using var empty = Hl7Message.Parse([]);
        Assert.Equal(Hl7Severity.Fatal, Assert.Single(empty.Issues.ToArray()).Severity);
        Assert.True(empty.Get(Hl7Path.Parse("PID-3")).IsEmpty);
    }

    [Theory]
    [InlineData("PID-3[2].4.1", "PID", 0, 3, 2, 4, 1)]
    [InlineData("PID-3", "PID", 0, 3, 0, 0, 0)]
    [InlineData("OBX(2)-5.1", "OBX", 2, 5, 0, 1, 0)]
    [InlineData("ZU1-10", "ZU1", 0, 10, 0, 0, 0)]
    [InlineData("pv1-3", "PV1", 0, 3, 0, 0, 0)]
    [InlineData("PD1", "PD1", 0, 0, 0, 0, 0)]
    public void PathsParseOnce(string text, string segment, int occurrence, int field, int repetition, int component, int sub)
    {
        var path = Hl7Path.Parse(text);
        Assert.Equal(new Hl7Path(segment, occurrence, field, repetition, component, sub), path);
        if (text == text.ToUpperInvariant())
        {
            Assert.Equal(text, path.ToString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("PI")]
    [InlineData("PID-")]
    [InlineData("PID-0")]
    [InlineData("PID-3[0]")]
    [InlineData("PID-3.")]
    [InlineData("PID-3.1.2.3")]
    [InlineData("PID 3")]
    public void InvalidPathsAreRejected(string text)
    {
        Assert.False(Hl7Path.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Hl7Path.Parse(text));
    }

    [Fact]
    public void LocationRendersLikeAPath()
    {
        Assert.Equal("PID-3[2].4.1", new Hl7Location("PID", 1, 3, 2, 4, 1).ToString());
        Assert.Equal("OBX(2)-5", new Hl7Location("OBX", 2, 5, 0, 0, 0).ToString());
        Assert.Equal("PV1", Hl7Location.ForSegment("PV1").ToString());
    }
}
