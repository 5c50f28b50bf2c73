using IntegrationHub.Contracts;
using IntegrationHub.Intake;
using MassTransit;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Messaging;

/// <summary>MassTransit over RabbitMQ when <c>RabbitMq:Host</c> is set, otherwise the in-memory transport.</summary>
internal static class MessagingSetup
{
    public static IHostApplicationBuilder AddHubMessaging(this IHostApplicationBuilder builder)
    {
        var rabbit = builder.Configuration.GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName)
            .Validate(o => !o.IsConfigured || o.Port is > 0 and < 65536, "RabbitMq:Port must be between 1 and 65535.")
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.Username), "RabbitMq:Username must be set.")
            .Validate(o => o.PrefetchCount > 0, "RabbitMq:PrefetchCount must be positive.")
            .Validate(o => o.Partitions is > 0 and <= 256, "RabbitMq:Partitions must be from 1 to 256.")
            .ValidateOnStart();

        builder.Services.AddOptions<RetryOptions>().BindConfiguration(RetryOptions.SectionName)
            .Validate(o => o.Limit >= 0, "Retry:Limit must not be negative.")
            .Validate(o => o.MinInterval > TimeSpan.Zero && o.MaxInterval >= o.MinInterval, "Retry:MinInterval must be positive and Retry:MaxInterval at least as long.")
            .ValidateOnStart();

        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<RecordFailureConsumer, RecordFailureConsumerDefinition>();
            // Endpoints are configured by hand below: partition queues on RabbitMQ, one partitioned queue in memory.
            bus.AddConsumer<StoreReceivedMessageConsumer, StoreReceivedMessageConsumerDefinition>().ExcludeFromConfigureEndpoints();
            if (rabbit.IsConfigured)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                        host.PublisherConfirmation = true;
                        if (options.UseTls)
                        {
                            host.UseSsl(ssl => ssl.Protocol = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13);
                        }
                    });
                    cfg.PrefetchCount = options.PrefetchCount;
                    for (var partition = 0; partition < options.Partitions; partition++)
                    {
                        cfg.ReceiveEndpoint(Partitions.QueueName(partition), endpoint =>
                        {
                            endpoint.ConfigureConsumeTopology = false;
                            endpoint.SingleActiveConsumer = true;
                            endpoint.Bind(Partitions.Exchange, binding =>
                            {
                                binding.ExchangeType = Partitions.ExchangeType;
                                binding.RoutingKey = "1"; // the queue's weight on the hash ring
                            });

                            // One at a time: the partition's order is the patients' order.
                            endpoint.ConcurrentMessageLimit = 1;
                            endpoint.ConfigureConsumer<StoreReceivedMessageConsumer>(context);
                        });
                    }

                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.ReceiveEndpoint(EndpointNames.Received, endpoint =>
                        endpoint.ConfigureConsumer<StoreReceivedMessageConsumer>(context, consumer =>
                            consumer.Message<Hl7MessageReceived>(message => message.UsePartitioner(16, m => m.Message.PartitionKey))));
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        // The listener must not accept a message the bus cannot yet take: start the bus fully first.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });

        if (rabbit.IsConfigured)
        {
            builder.Services.AddSingleton<IDurableHandoff, BrokerHandoff>();
        }
        else
        {
            builder.Services.AddSingleton<IDurableHandoff, EmbeddedHandoff>();
            builder.Services.AddHostedService<IntakeJournalReplay>();
        }

        return builder;
    }
}
