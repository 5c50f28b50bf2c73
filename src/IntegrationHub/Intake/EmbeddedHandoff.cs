using IntegrationHub.Contracts;
using IntegrationHub.Messaging;
using IntegrationHub.Storage;
using MassTransit;

namespace IntegrationHub.Intake;

/// <summary>
/// Embedded hand-off: commit the message to the SQLite intake journal (durable), then pass it to the in-memory
/// bus. If the process dies before the store consumer runs, <see cref="IntakeJournalReplay"/> sends it again.
/// </summary>
internal sealed class EmbeddedHandoff(IIntakeJournal journal, ISendEndpointProvider sendEndpoints) : IDurableHandoff
{
    private static readonly Uri Destination = new($"queue:{EndpointNames.Received}");

    private ISendEndpoint? _endpoint;

    public async Task HandOffAsync(Hl7MessageReceived message, CancellationToken cancellationToken)
    {
        await journal.AppendAsync(message, cancellationToken);
        var endpoint = _endpoint ??= await sendEndpoints.GetSendEndpoint(Destination);
        await endpoint.Send(message, context => context.MessageId = message.MessageId, cancellationToken);
    }
}
