using System.Text;
using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

public class EscapeTests
{
    private static string Unescape(string raw, Hl7TextOptions options = Hl7TextOptions.None) => Unescape(raw, Hl7Delimiters.Default, options, out _);

    private static string Unescape(string raw, Hl7Delimiters delimiters, Hl7TextOptions options, out bool valid)
    {
        var bytes = Encoding.UTF8.GetBytes(raw);
        var destination = new byte[bytes.Length];
        valid = Hl7Escaping.Unescape(bytes, delimiters, destination, out int written, options);
        return Encoding.UTF8.GetString(destination, 0, written);
    }

    [Theory]
    [InlineData("A\\F\\B", "A|B")]
    [InlineData("A\\S\\B", "A^B")]
    [InlineData("A\\T\\B", "A&B")]
    [InlineData("A\\R\\B", "A~B")]
    [InlineData("A\\E\\B", "A\\B")]
    [InlineData("\\F\\\\S\\\\T\\\\R\\\\E\\", "|^&~\\")]
    [InlineData("\\X0D0A\\", "\r\n")]
    [InlineData("caf\\XC3A9\\", "café")]
    [InlineData("line1\\.br\\line2", "line1\nline2")]
    [InlineData("\\H\\bold\\N\\ text", "bold text")]
    [InlineData("a\\.sp2\\b\\.in+4\\c\\.ti-2\\d\\.ce\\e\\.fi\\\\.nf\\", "abcde")]
    [InlineData("\\C2842\\x\\M244A\\", "x")]
    [InlineData("plain", "plain")]
    public void DecodesEveryEscape(string raw, string expected)
    {
        Assert.Equal(expected, Unescape(raw, Hl7Delimiters.Default, Hl7TextOptions.None, out bool valid));
        Assert.True(valid);
    }

    [Theory]
    [InlineData("\\H\\bold\\N\\", "\\H\\bold\\N\\")]
    [InlineData("a\\.br\\b", "a\\.br\\b")]
    [InlineData("\\Zlocal\\", "\\Zlocal\\")]
    [InlineData("\\F\\", "|")]
    public void KeepsFormattingWhenAsked(string raw, string expected) =>
        Assert.Equal(expected, Unescape(raw, Hl7TextOptions.KeepFormatting));

    [Theory]
    [InlineData("a\\b")]
    [InlineData("trailing\\")]
    [InlineData("\\Q\\")]
    [InlineData("\\X0\\")]
    [InlineData("\\XZZ\\")]
    [InlineData("\\.xx\\")]
    [InlineData("\\\\")]
    public void MalformedEscapesAreKeptVerbatimAndReported(string raw)
    {
        string text = Unescape(raw, Hl7Delimiters.Default, Hl7TextOptions.None, out bool valid);
        Assert.False(valid);
        Assert.Contains('\\', text);
        Assert.True(Hl7Escaping.IndexOfInvalidEscape(Encoding.ASCII.GetBytes(raw), Hl7Delimiters.Default) >= 0);
    }

    [Fact]
    public void MalformedEscapeInAMessageIsAnIssueWithItsField()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|2.4\rPID|1||X^Y||SMITH\\Q\\^JOHN\r"));
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Code);
        Assert.Equal("PID-5", issue.Location.ToString());
        Assert.Equal("SMITH\\Q\\", message.Get(Hl7Path.Parse("PID-5.1")).ToString());
    }

    [Fact]
    public void EscapeCharacterInMsh2IsNotAnEscape()
    {
        using var message = Hl7Message.Parse(Bytes("MSH|^~\\&|A\\T\\B|B|C|D|||ADT^A01|1|P|2.4\r"));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal("A&B", message.Get(Hl7Path.Parse("MSH-3")).ToString());
    }

    [Fact]
    public void EscapesWorkInEveryPosition()
    {
        const string text = "MSH|^~\\&|A|B|C|D|||ADT^A01|1\\F\\2|P|2.4\rPID|\\S\\|a\\R\\b~c\\T\\d|e^f\\E\\g^h&i\\F\\j\r";
        using var message = Hl7Message.Parse(Bytes(text));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal("1|2", message.Get(Hl7Path.Parse("MSH-10")).ToString());
        Assert.Equal("^", message.Get(Hl7Path.Parse("PID-1")).ToString());
        Assert.Equal("a~b", message.Get(Hl7Path.Parse("PID-2[1]")).ToString());
        Assert.Equal("c&d", message.Get(Hl7Path.Parse("PID-2[2]")).ToString());
        Assert.Equal("f\\g", message.Get(Hl7Path.Parse("PID-3.2")).ToString());
        Assert.Equal("i|j", message.Get(Hl7Path.Parse("PID-3.3.2")).ToString());
    }

    [Fact]
    public void UsesTheMessagesOwnEscapeCharacter()
    {
        var delimiters = new Hl7Delimiters((byte)'*', (byte)':', (byte)'!', (byte)'/', (byte)'$', 0);
        Assert.Equal("a*b:c", Unescape("a/F/b/S/c", delimiters, Hl7TextOptions.None, out bool valid));
        Assert.True(valid);
        Assert.Equal("a/F/b/S/c/E/d", Hl7Escaping.EscapeToString("a*b:c/d", delimiters));
    }

    [Theory]
    [InlineData("O'BRIEN & SONS", "O'BRIEN \\T\\ SONS")]
    [InlineData("a|b^c~d\\e&f", "a\\F\\b\\S\\c\\R\\d\\E\\e\\T\\f")]
    [InlineData("line1\r\nline2", "line1\\X0D\\\\X0A\\line2")]
    [InlineData("café", "café")]
    [InlineData("", "")]
    public void EscapesPlainText(string text, string expected)
    {
        string escaped = Hl7Escaping.EscapeToString(text, Hl7Delimiters.Default);
        Assert.Equal(expected, escaped);
        Assert.Equal(text, Unescape(escaped));
    }

    [Fact]
    public void TruncationCharacterIsEscapedOnlyWhenDeclared()
    {
        var withTruncation = Hl7Delimiters.Default with { Truncation = (byte)'#' };
        Assert.Equal("a\\P\\b", Hl7Escaping.EscapeToString("a#b", withTruncation));
        Assert.Equal("a#b", Hl7Escaping.EscapeToString("a#b", Hl7Delimiters.Default));
    }
}
