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
    // The exchange the queue's receive endpoint binds; sending to it (rather than declaring the queue from the
    // sending side) keeps the quorum queue's arguments owned by one place.
    private static readonly Uri Destination = new($"exchange:{EndpointNames.Received}");

    private ISendEndpoint? _endpoint;

    public async Task HandOffAsync(Hl7MessageReceived message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HandoffTimeout);
        var endpoint = _endpoint ??= await sendEndpoints.GetSendEndpoint(Destination);
        await endpoint.Send(message, context =>
        {
            context.MessageId = message.MessageId;
            context.Durable = true;
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                // Unroutable (no queue bound yet) must fail the send, not vanish behind a positive confirm.
                rabbit.Mandatory = true;
            }
        }, timeout.Token);
    }
}
