using System.Buffers;
using System.Text;
using IntegrationHub.Mllp.Framing;

namespace IntegrationHub.Mllp.Tests;

public class MllpFrameReaderTests
{
    private static readonly byte[] Message = Encoding.ASCII.GetBytes("MSH|^~\\&|PAS|RX1|HUB|HUB|20260101120000||ADT^A01|1|P|2.4\rPID|1||123\r");

    private static byte[] Frame(byte[] payload) => [MllpEnvelope.StartBlock, .. payload, MllpEnvelope.EndBlock, MllpEnvelope.CarriageReturn];

    [Fact]
    public void WholeFrameInOneReadIsCut()
    {
        var reader = new MllpFrameReader(1024);
        var buffer = new ReadOnlySequence<byte>(Frame(Message));

        Assert.True(reader.TryRead(buffer, out var frame, out var consumed, out _));
        Assert.Equal(MllpFrameStatus.Complete, frame.Status);
        Assert.Equal(Message, frame.Payload.ToArray());
        Assert.Equal(Message.Length + 2, buffer.Slice(0, consumed).Length);
        Assert.False(reader.IsInsideFrame);
    }

    [Fact]
    public void EverySplitPointAcrossThreeSegmentsIsReassembled()
    {
        var bytes = Frame(Message);
        for (var a = 1; a < bytes.Length - 1; a++)
        {
            for (var b = a + 1; b < bytes.Length; b += 7)
            {
                var reader = new MllpFrameReader(1024);
                var buffer = TestSequenceSegment.Split(bytes, a, b);
                Assert.True(reader.TryRead(buffer, out var frame, out _, out _), $"cut at {a},{b}");
                Assert.Equal(Message, frame.Payload.ToArray());
            }
        }
    }

    [Fact]
    public void FrameArrivingInPiecesIsReturnedOnlyWhenComplete()
    {
        var bytes = Frame(Message);
        var reader = new MllpFrameReader(1024);
        var pending = new List<byte>();
        var frames = 0;
        foreach (var b in bytes)
        {
            pending.Add(b);
            var buffer = new ReadOnlySequence<byte>(pending.ToArray());
            if (reader.TryRead(buffer, out var frame, out var consumed, out _))
            {
                frames++;
                Assert.Equal(Message, frame.Payload.ToArray());
                pending.RemoveRange(0, (int)buffer.Slice(0, consumed).Length);
            }
            else
            {
                // Mirror the pipe: drop what the reader consumed (the VT) and keep the rest.
                pending.RemoveRange(0, (int)buffer.Slice(0, consumed).Length);
            }
        }

        Assert.Equal(1, frames);
    }

    [Fact]
    public void SeveralFramesInOneReadAreCutInOrderAndNoiseBetweenThemIsDropped()
    {
        var second = Encoding.ASCII.GetBytes("MSH|^~\\&|PAS|RX1|HUB|HUB|20260101120000||ADT^A08|2|P|2.4\r");
        byte[] bytes = [.. "\r\n"u8, .. Frame(Message), .. "\n"u8, .. Frame(second), .. Frame(Message)];
        var reader = new MllpFrameReader(1024);
        var buffer = new ReadOnlySequence<byte>(bytes);
        var payloads = new List<byte[]>();
        while (reader.TryRead(buffer, out var frame, out var consumed, out _))
        {
            payloads.Add(frame.Payload.ToArray());
            buffer = buffer.Slice(consumed);
        }

        Assert.Equal(3, payloads.Count);
        Assert.Equal(Message, payloads[0]);
        Assert.Equal(second, payloads[1]);
        Assert.Equal(Message, payloads[2]);
    }

    [Fact]
    public void OversizeFrameIsReportedOnceWithItsHeadAndItsTailIsDiscarded()
    {
        var big = new byte[10_000];
        Array.Fill(big, (byte)'X');
        Message.CopyTo(big, 0);
        byte[] bytes = [.. Frame(big), .. Frame(Message)];
        var reader = new MllpFrameReader(4096);

        // Feed in 1000-byte reads as a socket would.
        var frames = new List<MllpFrame>();
        var payloads = new List<byte[]>();
        var offset = 0;
        var carried = Array.Empty<byte>();
        while (offset < bytes.Length)
        {
            var take = Math.Min(1000, bytes.Length - offset);
            byte[] chunk = [.. carried, .. bytes.AsSpan(offset, take)];
            offset += take;
            var buffer = new ReadOnlySequence<byte>(chunk);
            SequencePosition consumed;
            while (reader.TryRead(buffer, out var frame, out consumed, out _))
            {
                frames.Add(frame);
                payloads.Add(frame.Payload.ToArray());
                buffer = buffer.Slice(consumed);
            }

            carried = buffer.Slice(consumed).ToArray();
        }

        Assert.Equal(2, frames.Count);
        Assert.Equal(MllpFrameStatus.Oversize, frames[0].Status);
        Assert.True(frames[0].Length > 4096);
        Assert.StartsWith("MSH|", Encoding.ASCII.GetString(payloads[0]));
        Assert.Equal(MllpFrameStatus.Complete, frames[1].Status);
        Assert.Equal(Message, payloads[1]);
    }

    [Fact]
    public void NoiseWithoutStartBlockIsConsumedWithoutAFrame()
    {
        var reader = new MllpFrameReader(1024);
        var buffer = new ReadOnlySequence<byte>("garbage\r\n"u8.ToArray());
        Assert.False(reader.TryRead(buffer, out _, out var consumed, out _));
        Assert.Equal(buffer.End, consumed);
        Assert.False(reader.IsInsideFrame);
    }

    [Fact]
    public void NonPositiveLimitIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MllpFrameReader(0));
    }
}
