using IntegrationHub.Messaging;
using MassTransit;

namespace IntegrationHub.Views;

/// <summary>A view as the bus sees it: its queue name and how to put its consumer on a queue.</summary>
internal sealed record HubView(string Name, Action<IBusRegistrationConfigurator> AddConsumer, Action<IReceiveEndpointConfigurator, IBusRegistrationContext> ConfigureConsumer)
{
    /// <summary>A view named <paramref name="name"/> (lower case: its queues are <c>hub-{name}-NN</c>).</summary>
    public static HubView Of<TView>(string name)
        where TView : class, IPatientEventView =>
        new(
            name,
            bus => bus.AddConsumer<ViewConsumer<TView>, ViewConsumerDefinition<TView>>().ExcludeFromConfigureEndpoints(),
            (endpoint, context) => endpoint.ConfigureConsumer<ViewConsumer<TView>>(context));
}
