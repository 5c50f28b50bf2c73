using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using IntegrationHub.Mllp.Framing;
using IntegrationHub.Mllp.Server;

namespace IntegrationHub.Mllp.Tests;

/// <summary>Answers "ACK:" + payload, "OVERSIZE:" + frame size for oversize frames, and nothing for "SILENT".</summary>
internal sealed class RecordingHandler : IMllpMessageHandler
{
    public ConcurrentQueue<(long Connection, string Payload, MllpFrameStatus Status)> Received { get; } = new();

    public ValueTask HandleAsync(MllpRequest request, IBufferWriter<byte> response, CancellationToken cancellationToken)
    {
        var text = Encoding.ASCII.GetString(request.Payload.Span);
        Received.Enqueue((request.Connection.Id, text, request.Status));
        if (request.Status == MllpFrameStatus.Oversize)
        {
            response.Write(Encoding.ASCII.GetBytes($"OVERSIZE:{request.FrameBytes}"));
        }
        else if (text != "SILENT")
        {
            response.Write(Encoding.ASCII.GetBytes("ACK:" + text));
        }

        return ValueTask.CompletedTask;
    }
}
