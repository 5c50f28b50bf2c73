using IntegrationHub.Contracts;
using IntegrationHub.Messaging;
using MassTransit;

namespace IntegrationHub.Views;

/// <summary>
/// A view as the bus sees it: its queue name, how to put its consumer on a queue, and which events it is sent.
/// </summary>
/// <param name="Name">Lower case: the view's queues are <c>hub-{name}-NN</c>.</param>
/// <param name="AddConsumer">Registers the view's consumer with the bus.</param>
/// <param name="ConfigureConsumer">Puts the consumer on one of the view's queues.</param>
/// <param name="Select">
/// What of an event the view needs: the event itself, the event without its Bundle (a view that only needs the
/// facts), or null for an event the view ignores. The router sends only that, and nothing at all when a batch
/// leaves a view nothing, so a view pays no broker write, delivery or parse for events it would drop.
/// </param>
internal sealed record HubView(
    string Name,
    Action<IBusRegistrationConfigurator> AddConsumer,
    Action<IReceiveEndpointConfigurator, IBusRegistrationContext> ConfigureConsumer,
    Func<PatientEvent, PatientEvent?> Select)
{
    /// <summary>A view named <paramref name="name"/> (lower case: its queues are <c>hub-{name}-NN</c>).</summary>
    public static HubView Of<TView>(string name, Func<PatientEvent, PatientEvent?> select)
        where TView : class, IPatientEventView =>
        new(
            name,
            bus => bus.AddConsumer<ViewConsumer<TView>, ViewConsumerDefinition<TView>>().ExcludeFromConfigureEndpoints(),
            (endpoint, context) => endpoint.ConfigureConsumer<ViewConsumer<TView>>(context),
            select);

    /// <summary>The events of a batch this view needs, in order; empty when it needs none of them.</summary>
    public PatientEvent[] SelectFrom(PatientEvent[] events)
    {
        List<PatientEvent>? selected = null;
        for (var i = 0; i < events.Length; i++)
        {
            if (Select(events[i]) is { } wanted)
            {
                (selected ??= new List<PatientEvent>(events.Length)).Add(wanted);
            }
        }

        return selected is null ? [] : [.. selected];
    }
}
