using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Messaging;

/// <summary>
/// The store's queue and its retry policy: a database that is briefly away (restart, failover) is waited out with
/// backoff (<see cref="RetryOptions"/>, about a minute by default) before the message goes to the error queue
/// and the failures list, where ops can see and replay it.
/// </summary>
internal sealed class StoreReceivedMessageConsumerDefinition(IOptions<RetryOptions> retryOptions) : ConsumerDefinition<StoreReceivedMessageConsumer>
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

        var options = retryOptions.Value;
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(options.Limit, options.MinInterval, options.MaxInterval, options.MinInterval));
    }
}
