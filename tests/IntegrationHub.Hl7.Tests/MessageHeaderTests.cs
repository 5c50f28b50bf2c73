using System.Text;

namespace IntegrationHub.Hl7.Tests;

public class MessageHeaderTests
{
    private const string Adt =
        "MSH|^~\\&|PAS^RX1&2.16^ISO|RRK|HUB|NHS|20240101120000+0000||ADT^A01^ADT_A01|C\\T\\1|P|2.4|||AL|NE||8859/1\r" +
        "PID|1||9434765919^^^NHS^NH\r";

    [Fact]
    public void ReadsRawAndUnescapedHeaderFields()
    {
        Assert.True(MessageHeader.TryRead(Encoding.ASCII.GetBytes(Adt), out var header, out var issue));
        Assert.Equal(default, issue);
        Assert.NotNull(header);
        Assert.Equal("PAS^RX1&2.16^ISO", header.SendingApplication);
        Assert.Equal("RRK", header.SendingFacility);
        Assert.Equal("HUB", header.ReceivingApplication);
        Assert.Equal("NHS", header.ReceivingFacility);
        Assert.Equal("20240101120000+0000", header.MessageDateTime);
        Assert.Equal("ADT", header.MessageCode);
        Assert.Equal("A01", header.TriggerEvent);
        Assert.Equal("ADT_A01", header.MessageStructure);
        Assert.Equal("C&1", header.ControlId);
        Assert.Equal("P", header.ProcessingId);
        Assert.Equal("2.4", header.Version);
        Assert.Equal("AL", header.AcceptAckType);
        Assert.Equal("NE", header.ApplicationAckType);
        Assert.Equal("8859/1", header.CharacterSet);
        Assert.Equal(Hl7Charset.Latin1, header.Charset);
        Assert.Equal(Hl7Delimiters.Default, header.Delimiters);
    }

    [Fact]
    public void ReadsDelimitersFromTheMessageNotAssumed()
    {
        var text = "MSH*:!/$#*APP*FAC*R*RF*2024**ADT:A08*X/T/1*T*2.5.1\nPID*1\n";
        Assert.True(MessageHeader.TryRead(Encoding.ASCII.GetBytes(text), out var header, out _));
        Assert.Equal(new Hl7Delimiters((byte)'*', (byte)':', (byte)'!', (byte)'/', (byte)'$', (byte)'#'), header!.Delimiters);
        Assert.Equal("A08", header.TriggerEvent);
        Assert.Equal("X$1", header.ControlId);
        Assert.Equal("2.5.1", header.Version);
    }

    [Fact]
    public void SkipsByteOrderMarkBlankLinesAndBatchHeaders()
    {
        var text = "\uFEFF\n\nFHS|^~\\&|A\rBHS|^~\\&|A\rMSH|^~\\&|A|B|C|D|2024||ACK^A01|9|P|2.3\r";
        Assert.True(MessageHeader.TryRead(Encoding.UTF8.GetBytes(text), out var header, out _));
        Assert.Equal("ACK", header!.MessageCode);
        Assert.Equal("9", header.ControlId);
    }

    [Fact]
    public void AcceptsLowerCaseMshAndEmptyVersion()
    {
        Assert.True(MessageHeader.TryRead("msh|^~\\&|A|B|C|D|||ADT^A03|1|P|\r"u8, out var header, out _));
        Assert.Equal(string.Empty, header!.Version);
        Assert.Equal("A03", header.TriggerEvent);
    }

    [Theory]
    [InlineData("", Hl7ErrorCode.RequiredFieldMissing, 0)]
    [InlineData("PID|1|2\r", Hl7ErrorCode.SegmentSequenceError, 0)]
    [InlineData("MSH", Hl7ErrorCode.DataTypeError, 1)]
    [InlineData("MSH||A|B", Hl7ErrorCode.DataTypeError, 2)]
    [InlineData("MSH|^^\\&|A", Hl7ErrorCode.DataTypeError, 2)]
    [InlineData("MSHA^~\\&", Hl7ErrorCode.DataTypeError, 2)]
    public void UnreadableHeaderIsAnIssueNotAnException(string text, Hl7ErrorCode code, int field)
    {
        Assert.False(MessageHeader.TryRead(Encoding.ASCII.GetBytes(text), out var header, out var issue));
        Assert.Null(header);
        Assert.Equal(code, issue.Code);
        Assert.Equal(Hl7Severity.Fatal, issue.Severity);
        Assert.Equal("MSH", issue.Location.Segment);
        Assert.Equal(field, issue.Location.Field);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
    }
}
