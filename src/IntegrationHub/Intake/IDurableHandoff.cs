using IntegrationHub.Contracts;

namespace IntegrationHub.Intake;

/// <summary>
/// Makes an accepted message durable and hands it to the pipeline. Completes only once the message cannot be lost
/// (broker confirm, or committed journal entry); throws if that cannot be had, so the sender gets a negative ACK.
/// </summary>
internal interface IDurableHandoff
{
    Task HandOffAsync(Hl7MessageReceived message, CancellationToken cancellationToken);
}
