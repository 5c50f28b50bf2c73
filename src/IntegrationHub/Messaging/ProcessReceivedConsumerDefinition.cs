using IntegrationHub.Pipeline;
using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Messaging;

/// <summary>
/// The partition queues' consumer: quorum queues, batches handled one at a time (the partition's order), and
/// a database that is briefly away waited out with backoff (<see cref="RetryOptions"/>) before the batch's
/// messages go to the error queue and the failures list, where ops can see and replay them.
/// </summary>
internal sealed class ProcessReceivedConsumerDefinition(IOptions<RetryOptions> retryOptions, IOptions<PipelineOptions> pipelineOptions)
    : ConsumerDefinition<ProcessReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProcessReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // Replicated and fsynced before the publisher confirm: what intake acknowledged survives a broker crash.
            rabbit.SetQuorumQueue();
        }

        var pipeline = pipelineOptions.Value;

        // The endpoint must hold a whole batch in flight for the batch to fill; batches still run one at a time.
        endpointConfigurator.ConcurrentMessageLimit = pipeline.BatchSize;
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(pipeline.BatchSize)
            .SetTimeLimit(pipeline.BatchWait)
            .SetConcurrencyLimit(1));

        var retry = retryOptions.Value;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.MinInterval));
    }
}
