using IntegrationHub.Mllp.Framing;

namespace IntegrationHub.Mllp.Server;

/// <summary>
/// One message handed to the application. <see cref="Payload"/> is valid only until the handler's task completes:
/// the listener reuses the buffer for the next frame, so copy what must outlive the call.
/// </summary>
public readonly struct MllpRequest(ReadOnlyMemory<byte> payload, MllpFrameStatus status, int frameBytes, MllpConnectionInfo connection)
{
    public ReadOnlyMemory<byte> Payload { get; } = payload;

    /// <summary><see cref="MllpFrameStatus.Oversize"/>: <see cref="Payload"/> holds only the frame's first bytes.</summary>
    public MllpFrameStatus Status { get; } = status;

    /// <summary>Size of the frame as far as it was read (for an oversize frame, at least the limit).</summary>
    public int FrameBytes { get; } = frameBytes;

    public MllpConnectionInfo Connection { get; } = connection;
}
