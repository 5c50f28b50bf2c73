using System.Buffers;

namespace IntegrationHub.Mllp.Server;

/// <summary>The application behind the listener: turns each received message into its acknowledgement.</summary>
public interface IMllpMessageHandler
{
    /// <summary>
    /// Handles one message and writes the response payload (the ACK, without MLLP envelope) to
    /// <paramref name="response"/>. Writing nothing sends nothing, which is right for an inbound ACK.
    /// Messages of one connection are handled one at a time, in order; connections run concurrently.
    /// </summary>
    ValueTask HandleAsync(MllpRequest request, IBufferWriter<byte> response, CancellationToken cancellationToken);
}
