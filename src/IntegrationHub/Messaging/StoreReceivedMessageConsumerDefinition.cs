using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>
/// The store's queue and its retry policy: a database that is briefly away (restart, failover) is waited out with
/// backoff, for about a minute, before the message goes to the error queue where ops can see and replay it.
/// </summary>
internal sealed class StoreReceivedMessageConsumerDefinition : ConsumerDefinition<StoreReceivedMessageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StoreReceivedMessageConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // Replicated and fsynced before the publisher confirm: what intake acknowledged survives a broker crash.
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(12, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
    }
}
