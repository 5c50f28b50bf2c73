using static IntegrationHub.Hl7.Tests.Hl7TestMessages;

namespace IntegrationHub.Hl7.Tests;

/// <summary>The ways NHapi is known to fail users, each checked against this parser.</summary>
public class NhapiFailureTests
{
    [Fact]
    public void LfSegmentSeparatorsDoNotEmptyPidAndPv1()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace('\r', '\n')));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.Equal("9434765919", message.Get(Hl7Path.Parse("PID-3.1")).ToString());
        Assert.Equal("WD12", message.Get(Hl7Path.Parse("PV1-3.1")).ToString());
    }

    [Fact]
    public void LowerCaseSegmentIdsAreReadAndReported()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("PID|", "pid|", StringComparison.Ordinal).Replace("PV1|", "pv1|", StringComparison.Ordinal)));
        Assert.Equal("9434765919", message.Get(Hl7Path.Parse("PID-3.1")).ToString());
        Assert.Equal("I", message.Get(Hl7Path.Parse("PV1-2")).ToString());
        Assert.False(message.HasErrors);
        Assert.Equal(2, message.Issues.Length);
        Assert.All(message.Issues.ToArray(), i => Assert.Equal(Hl7Severity.Warning, i.Severity));
        Assert.Equal("PID", message.Issues[0].Location.Segment);
    }

    [Theory]
    [InlineData("2.4.0")]
    [InlineData("2.5.1.0")]
    public void TrailingZeroVersionsAreAccepted(string version)
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("|2.4|", $"|{version}|", StringComparison.Ordinal)));
        Assert.True(message.Issues.IsEmpty, Strings(message.Issues));
        Assert.True(message.Version.IsKnown);
    }

    [Fact]
    public void EmptyVersionIsAWarningNotARejection()
    {
        byte[] bytes = Bytes(AdtA01.Replace("|2.4|", "||", StringComparison.Ordinal));
        using var message = Hl7Message.Parse(bytes);
        Assert.False(message.HasErrors);
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7Severity.Warning, issue.Severity);
        Assert.Equal("MSH-12", issue.Location.ToString());
        Assert.Equal("9434765919", message.Get(Hl7Path.Parse("PID-3.1")).ToString());
        Assert.True(MessageHeader.TryRead(bytes, out var header, out _));
        Assert.Equal(string.Empty, header!.Version);
    }

    [Fact]
    public void InvalidEscapeIsReportedNotMangled()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("O\\T\\BRIEN", "O\\BRIEN", StringComparison.Ordinal)));
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Code);
        Assert.Equal("PID-5", issue.Location.ToString());
        var surname = message.Get(Hl7Path.Parse("PID-5.1"));
        Span<byte> text = stackalloc byte[32];
        Assert.False(surname.TryUnescape(text, out int written));
        Assert.Equal("O\\BRIEN", System.Text.Encoding.ASCII.GetString(text[..written]));
    }

    [Fact]
    public void UnknownCharacterSetIsAClearIssue()
    {
        using var message = Hl7Message.Parse(Bytes(AdtA01.Replace("|AL|NE", "|AL|NE||ISO IR87", StringComparison.Ordinal)));
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7ErrorCode.TableValueNotFound, issue.Code);
        Assert.Equal("MSH-18.1", issue.Location.ToString());
        Assert.Contains("ISO IR87", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8859/1", Hl7Charset.Latin1)]
    [InlineData("ASCII", Hl7Charset.Ascii)]
    [InlineData("UNICODE UTF-8", Hl7Charset.Utf8)]
    [InlineData("", Hl7Charset.Default)]
    public void CharacterSetsDecodeText(string msh18, Hl7Charset expected)
    {
        byte[] head = Bytes($"MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|2.4||||||{msh18}\rPID|1||X||");
        byte[] name = expected is Hl7Charset.Latin1 or Hl7Charset.Ascii ? [0x4A, 0xC9, 0x52, 0xD4, 0x4D, 0x45] : Bytes("JÉRÔME");
        using var message = Hl7Message.Parse([.. head, .. name, (byte)'\r']);
        Assert.Equal(expected, message.Charset);
        Assert.Equal("JÉRÔME", message.Get(Hl7Path.Parse("PID-5")).ToString());
        Assert.Equal(expected == Hl7Charset.Ascii ? 1 : 0, message.Issues.Length);
    }

    [Fact]
    public void InvalidUtf8IsReported()
    {
        byte[] bytes = [.. Bytes("MSH|^~\\&|A|B|C|D|||ADT^A01|1|P|2.5||||||UNICODE UTF-8\rPID|1||"), 0xC3, 0x28, (byte)'\r'];
        using var message = Hl7Message.Parse(bytes);
        var issue = Assert.Single(message.Issues.ToArray());
        Assert.Equal(Hl7ErrorCode.DataTypeError, issue.Code);
        Assert.Equal("MSH-18", issue.Location.ToString());
    }

    [Fact]
    public void ParsingFromManyThreadsGivesTheSameResultsAsOneThread()
    {
        var files = TestFiles.CorpusFiles().Concat(TestFiles.SampleFiles()).Select(File.ReadAllBytes).ToArray();
        var expected = files.Select(Fingerprint).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, files.Length * 20, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            int index = i % files.Length;
            string actual = Fingerprint(files[index]);
            if (actual != expected[index])
            {
                failures.Add($"message {index} differed on thread {Environment.CurrentManagedThreadId}");
            }
        });
        Assert.Empty(failures);
    }

    /// <summary>Everything observable about a parse: segments, issues, header, a typed read and the rewritten bytes.</summary>
    private static string Fingerprint(byte[] bytes)
    {
        using var message = Hl7Message.Parse(bytes);
        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
        writer.WriteMessage(message);
        return string.Join("|", message.SegmentCount, Strings(message.Issues), message.Get(Hl7Path.Parse("MSH-10")).ToString(),
            new Hl7Xpn(message.Get(Hl7Path.Parse("PID-5"))).Surname.ToString(), Convert.ToHexString(buffer.WrittenSpan));
    }
}
