using System.Buffers;

namespace IntegrationHub.Mllp.Framing;

/// <summary>Wraps a payload in the MLLP envelope, straight into the output buffer.</summary>
public static class MllpWriter
{
    public static void WriteFrame(IBufferWriter<byte> output, ReadOnlySpan<byte> payload)
    {
        var span = output.GetSpan(payload.Length + 3);
        span[0] = MllpEnvelope.StartBlock;
        payload.CopyTo(span[1..]);
        span[payload.Length + 1] = MllpEnvelope.EndBlock;
        span[payload.Length + 2] = MllpEnvelope.CarriageReturn;
        output.Advance(payload.Length + 3);
    }
}
