using System.Buffers;

namespace IntegrationHub.Mllp.Framing;

/// <summary>
/// Cuts MLLP frames out of a byte stream that arrives in arbitrary pieces: a frame split across many reads,
/// several frames in one read, noise between frames (stray CR/LF after FS, keep-alive bytes). One instance per
/// connection, because an oversize frame spans reads and the reader must remember to discard its tail.
/// </summary>
public sealed class MllpFrameReader(int maxFrameBytes)
{
    // How much of an oversize frame is handed up so MSH can still be read for the AR.
    private const int OversizeHeadBytes = 4096;

    private State _state = State.BetweenFrames;

    private enum State
    {
        /// <summary>Looking for VT; anything else is noise and is dropped.</summary>
        BetweenFrames,

        /// <summary>Inside a frame whose size is within the limit; waiting for FS.</summary>
        InFrame,

        /// <summary>Inside a frame already reported as oversize; dropping bytes until FS.</summary>
        Discarding,
    }

    public int MaxFrameBytes { get; } = maxFrameBytes > 0
        ? maxFrameBytes
        : throw new ArgumentOutOfRangeException(nameof(maxFrameBytes), "The maximum frame size must be positive.");

    /// <summary>
    /// Tries to cut the next frame from <paramref name="buffer"/>. On return, <paramref name="consumed"/> is how far
    /// the caller may advance the pipe (after it has finished with the frame's payload) and <paramref name="examined"/>
    /// how far it has looked; a false return means "need more bytes".
    /// </summary>
    public bool TryRead(in ReadOnlySequence<byte> buffer, out MllpFrame frame, out SequencePosition consumed, out SequencePosition examined)
    {
        var reader = new SequenceReader<byte>(buffer);
        frame = default;
        while (true)
        {
            switch (_state)
            {
                case State.BetweenFrames:
                    if (!reader.TryAdvanceTo(MllpEnvelope.StartBlock, advancePastDelimiter: true))
                    {
                        // All noise: drop it.
                        consumed = examined = buffer.End;
                        return false;
                    }

                    _state = State.InFrame;
                    break;

                case State.InFrame:
                    var start = reader.Position;
                    if (reader.TryReadTo(out ReadOnlySequence<byte> payload, MllpEnvelope.EndBlock, advancePastDelimiter: true))
                    {
                        _state = State.BetweenFrames;
                        frame = payload.Length > MaxFrameBytes
                            ? new MllpFrame(MllpFrameStatus.Oversize, payload.Slice(0, OversizeHead(payload.Length)), payload.Length)
                            : new MllpFrame(MllpFrameStatus.Complete, payload, payload.Length);
                        consumed = examined = reader.Position;
                        return true;
                    }

                    var pending = buffer.Slice(start);
                    if (pending.Length > MaxFrameBytes)
                    {
                        // Report the frame now rather than buffering without bound; its tail is discarded as it comes.
                        _state = State.Discarding;
                        frame = new MllpFrame(MllpFrameStatus.Oversize, pending.Slice(0, OversizeHead(pending.Length)), pending.Length);
                        consumed = examined = buffer.End;
                        return true;
                    }

                    // Keep the partial frame (from VT on) and wait for more.
                    consumed = start;
                    examined = buffer.End;
                    return false;

                case State.Discarding:
                    if (!reader.TryAdvanceTo(MllpEnvelope.EndBlock, advancePastDelimiter: true))
                    {
                        consumed = examined = buffer.End;
                        return false;
                    }

                    _state = State.BetweenFrames;
                    break;
            }
        }
    }

    /// <summary>True while a frame has begun but not ended; a connection closed in this state lost a message.</summary>
    public bool IsInsideFrame => _state != State.BetweenFrames;

    private int OversizeHead(long length) => (int)Math.Min(length, Math.Min(OversizeHeadBytes, MaxFrameBytes));
}
