using IntegrationHub.Contracts;
using IntegrationHub.Views;
using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>
/// Sends a partition's events to every view's queue for that partition, one message per view per batch with the
/// events that view selects (<see cref="HubView.Select"/>), and returns only when the broker has confirmed each:
/// the received messages are acknowledged to RabbitMQ after that, so a crash in between means a redelivery,
/// never a lost event.
/// </summary>
internal sealed class PatientEventRouter(ISendEndpointProvider sendEndpoints, IReadOnlyList<HubView> views, bool partitioned)
{
    public async Task RouteAsync(int partition, PatientEvent[] events, CancellationToken cancellationToken)
    {
        var sends = new List<Task>(views.Count);
        foreach (var view in views)
        {
            var selected = view.SelectFrom(events);
            if (selected.Length > 0)
            {
                sends.Add(SendAsync(Destination(view.Name, partition), new PatientEventBatch { Partition = partition, Events = selected }, cancellationToken));
            }
        }

        // Different views' queues are independent; only the order within each queue matters.
        await Task.WhenAll(sends);
    }

    private Uri Destination(string view, int partition) => partitioned
        // The view queue's own exchange (declared by its receive endpoint), not queue: which would redeclare
        // the quorum queue with classic arguments.
        ? new Uri($"exchange:{Partitions.ViewQueueName(view, partition)}")
        : new Uri($"queue:{Partitions.ViewQueueName(view)}");

    private async Task SendAsync(Uri destination, PatientEventBatch batch, CancellationToken cancellationToken)
    {
        var endpoint = await sendEndpoints.GetSendEndpoint(destination);
        await endpoint.Send(batch, context =>
        {
            context.Durable = true;
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.Mandatory = true;
            }
        }, cancellationToken);
    }
}
