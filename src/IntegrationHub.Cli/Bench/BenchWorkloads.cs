using System.Text;
using IntegrationHub.Hl7;

namespace IntegrationHub.Cli.Bench;

/// <summary>The measured cases of <c>hub bench parse</c> and the BenchmarkDotNet project, one method per case.</summary>
public static class BenchWorkloads
{
    /// <summary>Structural parse: index the segments, read MSH-1/2/12/18, validate the text.</summary>
    public static int Parse(ReadOnlySpan<byte> bytes)
    {
        using var message = Hl7Message.Parse(bytes);
        return message.SegmentCount;
    }

    /// <summary>Parse, then read every field the ADT mapping needs (typed, dates parsed, text unescaped).</summary>
    public static int ParseAndReadAdt(ReadOnlySpan<byte> bytes) => AdtFieldReader.ParseAndRead(bytes);

    /// <summary>Write: parse, then write the whole message again field by field (escaping) into a reused pooled buffer.</summary>
    public static int Write(ReadOnlySpan<byte> bytes, Hl7PooledBuffer buffer)
    {
        using var message = Hl7Message.Parse(bytes);
        buffer.Clear();
        var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
        writer.WriteMessage(message);
        return buffer.WrittenCount;
    }

    /// <summary>
    /// The baseline: decode to a string and <c>string.Split</c> on segment terminators, <c>|</c> and <c>^</c>, as
    /// a hand-written parser without a library would.
    /// </summary>
    public static int Split(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        int count = 0;
        foreach (string segment in text.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string field in segment.Split('|'))
            {
                count += field.Split('^').Length;
            }
        }

        return count;
    }

    private static readonly char[] SegmentSeparators = ['\r', '\n'];
}
