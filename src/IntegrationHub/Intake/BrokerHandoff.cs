using IntegrationHub.Contracts;
using IntegrationHub.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Intake;

/// <summary>
/// Production hand-off: a persistent publish to the durable quorum queue, awaited until RabbitMQ's publisher
/// confirm arrives. Many connections publish on a shared channel at once, so confirms are batched by the broker
/// (group commit) while each sender waits only for its own.
/// </summary>
internal sealed class BrokerHandoff(ISendEndpointProvider sendEndpoints, IOptions<IntakeOptions> options) : IDurableHandoff
{
    // The consistent-hash exchange in front of the partition queues (see Partitions); the queues' arguments stay
    // owned by their receive endpoints.
    private static readonly Uri Destination = new($"exchange:{Partitions.Exchange}?type={Partitions.ExchangeType}");

    private ISendEndpoint? _endpoint;

    public async Task HandOffAsync(Hl7MessageReceived message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HandoffTimeout);

        // WaitAsync as well as the token: MassTransit observes the token only at some points of a send, and the
        // sender must hear AE within HandoffTimeout whatever the transport does. A send that completes after all is
        // harmless: the sender's resend is recognised as the same message (same sender, control id and content).
        var endpoint = _endpoint ??= await sendEndpoints.GetSendEndpoint(Destination).WaitAsync(timeout.Token);
        await endpoint.Send(message, context =>
        {
            context.MessageId = message.MessageId;
            context.Durable = true;
            context.SetRoutingKey(message.PartitionKey);
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                // Unroutable (no partition queue bound yet) must fail the send, not vanish behind a positive confirm.
                rabbit.Mandatory = true;
            }
        }, timeout.Token).WaitAsync(timeout.Token);
    }
}
