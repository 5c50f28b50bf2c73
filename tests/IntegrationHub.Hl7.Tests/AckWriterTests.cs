using System.Buffers;
using System.Text;

namespace IntegrationHub.Hl7.Tests;

public class AckWriterTests
{
    private static readonly AckOptions Options = new("HUB0001", new DateTimeOffset(2024, 3, 5, 14, 7, 9, 123, TimeSpan.FromHours(1)), "HUB", "RXX");

    private static MessageHeader Header(string text)
    {
        Assert.True(MessageHeader.TryRead(Encoding.UTF8.GetBytes(text), out var header, out _));
        return header!;
    }

    private static string Write(MessageHeader? inbound, AckCode code, params Hl7Issue[] issues)
    {
        var buffer = new ArrayBufferWriter<byte>();
        AckWriter.Write(buffer, inbound, code, issues, Options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void AcceptAckSwapsSenderAndReceiverAndEchoesControlId()
    {
        var inbound = Header("MSH|^~\\&|PAS^X&1^ISO|RRK|HUB|NHS|2024||ADT^A01^ADT_A01|C\\F\\7|T|2.4\rPID|1\r");
        Assert.Equal(
            "MSH|^~\\&|HUB|NHS|PAS^X&1^ISO|RRK|20240305140709.1230+0100||ACK^A01^ACK|HUB0001|T|2.4\rMSA|AA|C\\F\\7\r",
            Write(inbound, AckCode.AA));
    }

    [Fact]
    public void UsesOptionsNamesWhenInboundNamesNoReceiverOrIsMissing()
    {
        var inbound = Header("MSH|^~\\&|PAS|RRK|||2024||ADT^A08|1|P|2.5.1\r");
        Assert.StartsWith("MSH|^~\\&|HUB|RXX|PAS|RRK|", Write(inbound, AckCode.CA));
        Assert.Equal(
            "MSH|^~\\&|HUB|RXX|||20240305140709.1230+0100||ACK^^ACK|HUB0001|P|2.4\rMSA|AR|\r",
            Write(null, AckCode.AR));
    }

    [Fact]
    public void ErrorsBeforeVersion25IncludeErr1()
    {
        var inbound = Header("MSH|^~\\&|PAS|RRK|HUB|NHS|2024||ADT^A01|1|P|2.4\r");
        var issue = new Hl7Issue(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Error, new Hl7Location("PID", 1, 3, 1, 1, 0), "NHS number | missing");
        string ack = Write(inbound, AckCode.AE, issue);
        Assert.EndsWith(
            "MSA|AE|1\rERR|PID^1^3^101&Required field missing&HL70357|PID^1^3^1^1^|101^Required field missing^HL70357|E||||NHS number \\F\\ missing\r",
            ack);
    }

    [Fact]
    public void ErrorsFromVersion25OnLeaveErr1Empty()
    {
        var inbound = Header("MSH|^~\\&|PAS|RRK|HUB|NHS|2024||ADT^A01|1|P|2.5.1\r");
        var issues = new[]
        {
            new Hl7Issue(Hl7ErrorCode.DataTypeError, Hl7Severity.Warning, Hl7Location.ForField("PID", 7), "bad date"),
            new Hl7Issue(Hl7ErrorCode.ApplicationInternalError, Hl7Severity.Fatal, default, "x"),
        };
        string ack = Write(inbound, AckCode.AE, issues);
        Assert.Contains("\rERR||PID^^7^^^|102^Data type error^HL70357|W||||bad date\r", ack);
        Assert.EndsWith("\rERR||^^^^^|207^Application internal error^HL70357|F||||x\r", ack);
    }

    [Fact]
    public void KeepsInboundDelimitersAndCharset()
    {
        var inbound = Header("MSH*:!/$*PAS:A*RRK*HUB*NHS*2024**ADT:A01*1*P*2.3.1******UNICODE UTF-8\r");
        string ack = Write(inbound, AckCode.AA);
        Assert.StartsWith("MSH*:!/$*HUB*NHS*PAS:A*RRK*", ack);
        Assert.Contains("*ACK:A01:ACK*HUB0001*P*2.3.1******UNICODE UTF-8\rMSA*AA*1\r", ack);
    }

    [Fact]
    public void AckParsesBackWithItsOwnReader()
    {
        var inbound = Header("MSH|^~\\&|PAS|RRK|HUB|NHS|2024||ADT^A01|A~1|P|2.4\r");
        var bytes = Encoding.UTF8.GetBytes(Write(inbound, AckCode.AE, new Hl7Issue(Hl7ErrorCode.SegmentSequenceError, Hl7Severity.Error, Hl7Location.ForSegment("PV1"), "PV1 missing")));
        using var message = Hl7Message.Parse(bytes);
        Assert.True(message.Issues.IsEmpty);
        Assert.Equal("A~1", message.Get(Hl7Path.Parse("MSA-2")).ToString());
        Assert.Equal("PV1 missing", message.Get(Hl7Path.Parse("ERR-8")).ToString());
        Assert.Equal("E", message.Get(Hl7Path.Parse("ERR-4")).ToString());
    }
}
