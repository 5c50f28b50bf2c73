using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>The failures queue: durable like the rest, retried like the store.</summary>
internal sealed class RecordFailureConsumerDefinition : ConsumerDefinition<RecordFailureConsumer>
{
    public RecordFailureConsumerDefinition()
    {
        EndpointName = "hub-failures";
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordFailureConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(20, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1)));
    }
}
