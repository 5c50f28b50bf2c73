using System.Text;

namespace IntegrationHub.Hl7.Tests;

public class WriterTests
{
    private static string Text(Hl7PooledBuffer buffer) => Encoding.UTF8.GetString(buffer.WrittenSpan);

    [Fact]
    public void BuildsAMessagePositionally()
    {
        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, Hl7Delimiters.Default);
        writer.BeginSegment("MSH"u8);
        writer.WriteField(3, "PAS");
        writer.WriteField(9, "ADT");
        writer.MoveTo(9, 1, 2);
        writer.WriteText("A01"u8);
        writer.WriteField(10, "1");
        writer.WriteField(12, "2.4");
        writer.BeginSegment("PID"u8);
        writer.MoveTo(3, 1, 1);
        writer.WriteText("9434765919"u8);
        writer.MoveTo(3, 1, 4);
        writer.WriteText("NHS"u8);
        writer.MoveTo(3, 1, 5);
        writer.WriteText("NH"u8);
        writer.MoveTo(3, 2, 1);
        writer.WriteText("RRK1"u8);
        writer.MoveTo(5, 1, 1, 1);
        writer.WriteText("O'BRIEN & CO"u8);
        writer.MoveTo(5, 1, 1, 2);
        writer.WriteText("x"u8);
        writer.MoveTo(6);
        writer.WriteNull();
        writer.MoveTo(7);
        writer.WriteNumber(1977);
        writer.End();

        Assert.Equal(
            "MSH|^~\\&|PAS||||||ADT^A01|1||2.4\rPID|||9434765919^^^NHS^NH~RRK1||O'BRIEN \\T\\ CO&x|\"\"|1977\r",
            Text(buffer));
    }

    [Fact]
    public void WritesWithNonDefaultDelimitersAndLayout()
    {
        using var buffer = new Hl7PooledBuffer();
        var delimiters = new Hl7Delimiters((byte)'*', (byte)':', (byte)'!', (byte)'/', (byte)'$', (byte)'#');
        var writer = new Hl7Writer(buffer, delimiters, new Hl7WriterOptions(Hl7LineEnding.CrLf, OmitFinalTerminator: true, ByteOrderMark: true));
        writer.BeginSegment("MSH"u8);
        writer.WriteField(3, "A*B");
        writer.BeginSegment("ZZ1"u8);
        writer.MoveTo(2, 2);
        writer.WriteText("x#y"u8);
        writer.End();
        Assert.Equal([0xEF, 0xBB, 0xBF], buffer.WrittenSpan[..3].ToArray());
        Assert.Equal("MSH*:!/$#*A/F/B\r\nZZ1**!x/P/y", Encoding.UTF8.GetString(buffer.WrittenSpan[3..]));
    }

    [Fact]
    public void MovingBackwardsWritesNothing()
    {
        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, Hl7Delimiters.Default);
        writer.BeginSegment("PID"u8);
        writer.MoveTo(3, 1, 2);
        writer.MoveTo(2);
        writer.WriteText("a"u8);
        writer.End();
        Assert.Equal("PID|||^a\r", Text(buffer));
    }

    [Fact]
    public void WrittenMessageParsesBackToTheSameValues()
    {
        string[] values = ["plain", "a|b", "c^d", "e~f", "g\\h", "i&j", "multi\r\nline", "Ünïcødé"];
        using var buffer = new Hl7PooledBuffer(16);
        var writer = new Hl7Writer(buffer, Hl7Delimiters.Default, new Hl7WriterOptions(Charset: Hl7Charset.Utf8));
        writer.BeginSegment("MSH"u8);
        writer.WriteField(9, "ADT^A01");
        writer.WriteField(12, "2.5");
        writer.WriteField(18, "UNICODE UTF-8");
        writer.BeginSegment("NTE"u8);
        for (int i = 0; i < values.Length; i++)
        {
            writer.MoveTo(3, i + 1);
            writer.WriteText(values[i].AsSpan());
        }

        writer.End();
        using var message = Hl7Message.Parse(buffer.WrittenSpan);
        Assert.True(message.Issues.IsEmpty);
        Assert.Equal("ADT^A01", message.Get(Hl7Path.Parse("MSH-9")).ToString());
        var field = message.Get(Hl7Path.Parse("NTE-3"));
        Assert.Equal(values.Length, field.RepetitionCount);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], field.Repetition(i + 1).ToString());
        }
    }

    [Fact]
    public void PooledBufferGrowsAndClears()
    {
        using var buffer = new Hl7PooledBuffer(16);
        var writer = new Hl7Writer(buffer, Hl7Delimiters.Default);
        writer.BeginSegment("NTE"u8);
        writer.WriteField(3, new string('x', 10_000));
        writer.End();
        Assert.Equal("NTE|||".Length + 10_000 + "\r".Length, buffer.WrittenCount);
        buffer.Clear();
        Assert.Equal(0, buffer.WrittenCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(int.MaxValue));
    }

    [Fact]
    public void RoundTripKeepsFormattingAndHexEscapesAsSent()
    {
        const string text = "MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.5\rOBX|1|FT|||line\\.br\\two \\H\\bold\\N\\ \\X0D\\ a\\T\\b \\Zx\\\r";
        using var message = Hl7Message.Parse(Encoding.ASCII.GetBytes(text));
        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
        writer.WriteMessage(message);
        Assert.Equal(text, Text(buffer));
    }
}
