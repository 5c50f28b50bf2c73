using IntegrationHub.Views;
using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Messaging;

/// <summary>A view's queues: quorum, one batch at a time (each patient's order), retried like the store.</summary>
internal sealed class ViewConsumerDefinition<TView>(IOptions<RetryOptions> retryOptions) : ConsumerDefinition<ViewConsumer<TView>>
    where TView : class, IPatientEventView
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ViewConsumer<TView>> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.ConcurrentMessageLimit = 1;
        var retry = retryOptions.Value;
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.MinInterval);
            // An event the view cannot read will not read better later: straight to the failures list.
            r.Ignore<InvalidDataException>();
        });
    }
}
