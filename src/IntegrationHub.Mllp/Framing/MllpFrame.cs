using System.Buffers;

namespace IntegrationHub.Mllp.Framing;

/// <summary>
/// One frame cut from the connection's input. <see cref="Payload"/> slices the pipe's buffer: it stays valid only
/// until the reader is advanced past it.
/// </summary>
public readonly struct MllpFrame(MllpFrameStatus status, ReadOnlySequence<byte> payload, long length)
{
    public MllpFrameStatus Status { get; } = status;

    public ReadOnlySequence<byte> Payload { get; } = payload;

    /// <summary>Bytes of payload seen: the whole frame when complete, at least the limit when oversize.</summary>
    public long Length { get; } = length;
}
