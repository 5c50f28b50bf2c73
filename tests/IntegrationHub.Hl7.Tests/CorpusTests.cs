namespace IntegrationHub.Hl7.Tests;

public class CorpusTests
{
    public static TheoryData<string> Messages => TestFiles.AllMessages();

    [Fact]
    public void CorpusHasAllPublicSamples()
    {
        Assert.Equal(139, TestFiles.CorpusFiles().Count());
        Assert.Equal(3, TestFiles.SampleFiles().Count());
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void EveryMessageParsesWithoutErrors(string name)
    {
        byte[] bytes = TestFiles.Read(name);
        using var message = Hl7Message.Parse(bytes);
        Assert.False(message.HasErrors, string.Join("; ", message.Issues.ToArray()));
        Assert.True(message.SegmentCount > 1);
        Assert.True(MessageHeader.TryRead(bytes, out var header, out _));
        Assert.False(string.IsNullOrEmpty(header!.MessageCode));
        Assert.True(message.Version.IsKnown);

        // Every segment's fields can be walked down to subcomponents and unescaped.
        Span<byte> scratch = stackalloc byte[4096];
        for (int i = 0; i < message.SegmentCount; i++)
        {
            var segment = message.Segment(i);
            Assert.Equal(3, segment.Id.Length);
            for (int f = 1; f <= segment.FieldCount; f++)
            {
                var field = segment.Field(f);
                for (int r = 1; r <= field.RepetitionCount; r++)
                {
                    var repetition = field.Repetition(r);
                    for (int c = 1; c <= repetition.ComponentCount; c++)
                    {
                        var component = repetition.Component(c);
                        for (int s = 1; s <= component.SubComponentCount; s++)
                        {
                            component.SubComponent(s).TryUnescape(scratch, out _);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void ParseThenWriteIsByteIdentical(string name)
    {
        byte[] bytes = TestFiles.Read(name);
        using var message = Hl7Message.Parse(bytes);
        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
        writer.WriteMessage(message);

        // Extra blank lines at the very end are framing, not content: a message ends after one terminator.
        Assert.Equal(Convert.ToHexString(TrimExtraTrailingTerminators(bytes)), Convert.ToHexString(buffer.WrittenSpan));
    }

    private static ReadOnlySpan<byte> TrimExtraTrailingTerminators(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.Length;
        while (end >= 2 && bytes[end - 1] == '\n' && bytes[end - 2] == '\n')
        {
            end--;
        }

        return bytes[..end];
    }
}
