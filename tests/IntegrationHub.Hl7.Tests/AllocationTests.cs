namespace IntegrationHub.Hl7.Tests;

/// <summary>Steady-state parsing, reading and writing must not allocate: the index comes from a pool, values are slices.</summary>
public class AllocationTests
{
    private static readonly Hl7Path NhsNumber = Hl7Path.Parse("PID-3");
    private static readonly Hl7Path Name = Hl7Path.Parse("PID-5");
    private static readonly Hl7Path BirthDate = Hl7Path.Parse("PID-7");
    private static readonly Hl7Path Practice = Hl7Path.Parse("PD1-3");
    private static readonly Hl7Path Location = Hl7Path.Parse("PV1-3");

    [Fact]
    public void ParseReadAndWriteAllocateNothingInSteadyState()
    {
        byte[][] messages = [.. TestFiles.SampleFiles().Select(File.ReadAllBytes)];
        using var buffer = new Hl7PooledBuffer(16 * 1024);
        int sum = 0;
        for (int i = 0; i < 200; i++)
        {
            sum += Work(messages, buffer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sum += Work(messages, buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sum > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AckWritingIntoAPooledBufferAllocatesNothingInSteadyState()
    {
        byte[] inbound = File.ReadAllBytes(TestFiles.SampleFiles().First());
        Assert.True(MessageHeader.TryRead(inbound, out var header, out _));
        Hl7Issue[] issues = [new(Hl7ErrorCode.RequiredFieldMissing, Hl7Severity.Error, Hl7Location.ForField("PID", 3), "NHS number missing")];
        var options = new AckOptions("HUB1", DateTimeOffset.UnixEpoch, "HUB", "RXX");
        using var buffer = new Hl7PooledBuffer();
        for (int i = 0; i < 200; i++)
        {
            buffer.Clear();
            AckWriter.Write(buffer, header, AckCode.AE, issues, options);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            buffer.Clear();
            AckWriter.Write(buffer, header, AckCode.AE, issues, options);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(buffer.WrittenCount > 100);
    }

    private static int Work(byte[][] messages, Hl7PooledBuffer buffer)
    {
        Span<byte> text = stackalloc byte[256];
        int sum = 0;
        foreach (byte[] bytes in messages)
        {
            using var message = Hl7Message.Parse(bytes);
            var id = new Hl7Cx(message.Get(NhsNumber).Repetition(1));
            sum += id.IdNumber.Raw.Length + (id.IdentifierTypeCode.ValueEquals("NH"u8) ? 1 : 0);
            var name = new Hl7Xpn(message.Get(Name));
            name.Surname.TryUnescape(text, out int written);
            sum += written;
            sum += Hl7DateTime.TryRead(message.Get(BirthDate), out var birth, out _) ? birth.Year : 0;
            sum += new Hl7Xon(message.Get(Practice)).Identifier.Raw.Length;
            sum += new Hl7Pl(message.Get(Location)).Bed.Raw.Length;

            buffer.Clear();
            var writer = new Hl7Writer(buffer, message.Delimiters, Hl7Writer.OptionsFor(message));
            writer.WriteMessage(message);
            sum += buffer.WrittenCount;
        }

        return sum;
    }
}
