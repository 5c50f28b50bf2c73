using System.Diagnostics;
using System.Text;

namespace IntegrationHub.Hl7.Tests;

/// <summary>
/// Feeds many random and mutated messages (truncations, delimiter noise, huge fields, invalid UTF-8, random bytes)
/// through every reading path: no exception may escape, nothing may hang, and broken input must yield issues.
/// </summary>
public class RobustnessTests
{
    private const int Iterations = 10_000;

    [Fact]
    public void MutatedAndRandomMessagesNeverThrowOrHang()
    {
        var seeds = TestFiles.CorpusFiles().Concat(TestFiles.SampleFiles()).Select(File.ReadAllBytes).ToArray();
        var random = new Random(20240311);
        var clock = Stopwatch.StartNew();
        int withIssues = 0;
        for (int i = 0; i < Iterations; i++)
        {
            var (kind, bytes) = Mutate(seeds[random.Next(seeds.Length)], random);
            int issues = Exercise(bytes);
            if (issues > 0)
            {
                withIssues++;
            }

            if (kind == "random" && bytes.Length > 0 && !(bytes.Length >= 3 && Encoding.ASCII.GetString(bytes, 0, 3) is "MSH" or "FHS" or "BHS"))
            {
                Assert.True(issues > 0, "random bytes without a header must be reported");
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
        Assert.True(withIssues > Iterations / 4, $"only {withIssues} of {Iterations} mutated messages had issues");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void TruncatedHeadersAreIssues(int length)
    {
        byte[] bytes = Encoding.ASCII.GetBytes("MSH|^~\\&|A|B")[..length];
        Assert.True(Exercise(bytes) > 0);
        bool readable = MessageHeader.TryRead(bytes, out _, out var issue);
        Assert.Equal(length > 4, readable);
        Assert.Equal(readable ? default : Hl7Severity.Fatal, issue.Severity);
    }

    [Fact]
    public void HugeFieldsAndManySegmentsAreHandled()
    {
        var text = new StringBuilder("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.4\r");
        text.Append("NTE|1||").Append('x', 5_000_000).Append('\r');
        for (int i = 0; i < 50_000; i++)
        {
            text.Append("OBX|").Append(i).Append("|ST|||v\r");
        }

        byte[] bytes = Encoding.ASCII.GetBytes(text.ToString());
        using var message = Hl7Message.Parse(bytes);
        Assert.Equal(50_002, message.SegmentCount);
        Assert.Equal(5_000_000, message.Get(Hl7Path.Parse("NTE-3")).Raw.Length);
        Assert.Equal("49999", message.Get(Hl7Path.Parse("OBX(50000)-1")).ToString());
        Assert.Equal(0, Exercise(bytes));
    }

    [Fact]
    public void PathologicalRepetitionStaysLinear()
    {
        // Each of these would take minutes with a search that restarts from every blank line or escape character.
        var clock = Stopwatch.StartNew();
        byte[] blankLines = Encoding.ASCII.GetBytes("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.4\r" + new string('\r', 2_000_000) + "PID|1\r");
        using (var message = Hl7Message.Parse(blankLines))
        {
            Assert.Equal(2, message.SegmentCount);
            Assert.Single(message.Issues.ToArray());
        }

        byte[] escapes = Encoding.ASCII.GetBytes("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.4\rNTE|1||" + string.Concat(Enumerable.Repeat("\\F\\", 1_000_000)) + "\r");
        using (var message = Hl7Message.Parse(escapes))
        {
            Assert.True(message.Issues.IsEmpty);
            Assert.Equal(1_000_000, message.Get(Hl7Path.Parse("NTE-3")).ToString().Length);
        }

        byte[] loneEscapes = Encoding.ASCII.GetBytes("MSH|^~\\&|A|B|C|D|||ORU^R01|1|P|2.4\rNTE|1||" + new string('\\', 1_000_001) + "\r");
        using (var message = Hl7Message.Parse(loneEscapes))
        {
            Assert.Single(message.Issues.ToArray());
            Exercise(loneEscapes);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void DelimiterOnlyAndDeeplyEmptyStructuresAreHandled()
    {
        Exercise(Encoding.ASCII.GetBytes("MSH|^~\\&" + new string('|', 10_000) + "\r" + new string('^', 10_000) + "\r"));
        Exercise(Encoding.ASCII.GetBytes("MSH|^~\\&|" + string.Concat(Enumerable.Repeat("~^&\\", 5_000)) + "\r"));
        Exercise(Encoding.ASCII.GetBytes(new string('\r', 1000) + new string('\n', 1000)));
    }

    private static (string Kind, byte[] Bytes) Mutate(byte[] seed, Random random)
    {
        byte[] bytes = (byte[])seed.Clone();
        switch (random.Next(7))
        {
            case 0:
                return ("truncate", bytes[..random.Next(bytes.Length + 1)]);
            case 1:
                for (int n = random.Next(1, 20); n > 0; n--)
                {
                    bytes[random.Next(bytes.Length)] = "|^~\\&\r\n#"u8[random.Next(8)];
                }

                return ("delimiters", bytes);
            case 2:
                for (int n = random.Next(1, 20); n > 0; n--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
                }

                return ("utf8", bytes);
            case 3:
                int at = random.Next(bytes.Length);
                return ("huge", [.. bytes[..at], .. Enumerable.Repeat((byte)'A', random.Next(1, 200_000)), .. bytes[at..]]);
            case 4:
                var noise = new byte[random.Next(0, 4000)];
                random.NextBytes(noise);
                return ("random", noise);
            case 5:
                int cut = random.Next(bytes.Length);
                return ("splice", [.. bytes[..cut], .. bytes[random.Next(cut, bytes.Length + 1)..]]);
            default:
                for (int n = random.Next(1, 5); n > 0 && bytes.Length > 8; n--)
                {
                    bytes[random.Next(Math.Min(12, bytes.Length))] = (byte)random.Next(256);
                }

                return ("header", bytes);
        }
    }

    /// <summary>Parses and reads everything every way the hub does; returns the number of issues found.</summary>
    private static int Exercise(byte[] bytes)
    {
        int issues = 0;
        if (!MessageHeader.TryRead(bytes, out var header, out _))
        {
            issues++;
        }

        using var message = Hl7Message.Parse(bytes);
        issues += message.Issues.Length;
        var scratch = new byte[bytes.Length + 16];
        for (int i = 0; i < message.SegmentCount; i++)
        {
            var segment = message.Segment(i);
            for (int f = 0; f <= Math.Min(segment.FieldCount, 60); f++)
            {
                var field = segment.Field(f);
                for (int r = 1; r <= Math.Min(field.RepetitionCount, 10); r++)
                {
                    var repetition = field.Repetition(r);
                    for (int c = 1; c <= Math.Min(repetition.ComponentCount, 20); c++)
                    {
                        var component = repetition.Component(c);
                        component.TryUnescape(scratch, out _, Hl7TextOptions.KeepFormatting);
                        Hl7DateTime.TryRead(component, out _, out _);
                        Hl7Number.TryParse(component.Raw, out _, out _);
                        _ = component.SubComponent(2).ToString();
                    }
                }
            }
        }

        var structure = header is null ? null : Hl7MessageStructure.For(header.MessageCode, header.TriggerEvent, header.MessageStructure);
        var structureIssues = new List<Hl7Issue>();
        structure?.Validate(message, structureIssues);
        issues += structureIssues.Count;

        using var buffer = new Hl7PooledBuffer();
        var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
        writer.WriteMessage(message);
        var ack = new Hl7PooledBuffer();
        AckWriter.Write(ack, header, AckCode.AE, message.Issues, new AckOptions("1", DateTimeOffset.UnixEpoch, "HUB", "X"));
        using var reparsed = Hl7Message.Parse(ack.WrittenSpan);
        // The ACK echoes MSH-12/MSH-18, so a bad inbound version or charset may be reported again; nothing else may be.
        foreach (var issue in reparsed.Issues)
        {
            Assert.True(issue.Code is Hl7ErrorCode.UnsupportedVersionId or Hl7ErrorCode.TableValueNotFound || issue.Severity == Hl7Severity.Warning, $"ACK not readable: {issue}");
        }

        Assert.True(reparsed.SegmentCount >= 2);
        ack.Dispose();
        foreach (var range in Hl7Batch.Split(bytes))
        {
            using var inner = Hl7Message.Parse(bytes.AsSpan(range));
        }

        return issues;
    }
}
