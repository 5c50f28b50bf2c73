using System.Text;
using IntegrationHub.Cli.Sending;

namespace IntegrationHub.Tests.Cli;

public class MessageFilesTests
{
    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void MessagesSeparatedByBlankLinesAreSplitAndSegmentEndsBecomeCr(string newline)
    {
        var text = $"MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.4{newline}PID|1{newline}{newline}MSH|^~\\&|A|B|C|D|1||ADT^A08|2|P|2.4{newline}PID|2{newline}";

        var messages = MessageFiles.Split(Encoding.ASCII.GetBytes(text));

        Assert.Equal(2, messages.Count);
        Assert.Equal("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.4\rPID|1\r", Encoding.ASCII.GetString(messages[0]));
        Assert.Equal("MSH|^~\\&|A|B|C|D|1||ADT^A08|2|P|2.4\rPID|2\r", Encoding.ASCII.GetString(messages[1]));
    }

    [Fact]
    public void ByteOrderMarkIsDroppedAndAnMshLineStartsANewMessageEvenWithoutABlankLine()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. "MSH|^~\\&|A\nPID|1\nMSH|^~\\&|B\n"u8];

        var messages = MessageFiles.Split(content);

        Assert.Equal(["MSH|^~\\&|A\rPID|1\r", "MSH|^~\\&|B\r"], messages.Select(m => Encoding.ASCII.GetString(m)));
    }

    [Fact]
    public void Latin1BytesAreKeptAsTheyAre()
    {
        byte[] content = [.. "MSH|^~\\&|A\rPID|1||||M"u8, 0xDC, .. "LLER\r"u8];
        Assert.Equal(content, Assert.Single(MessageFiles.Split(content)));
    }
}
