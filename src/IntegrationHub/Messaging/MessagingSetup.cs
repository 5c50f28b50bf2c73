using IntegrationHub.Intake;
using IntegrationHub.Pipeline;
using IntegrationHub.Views;
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

        builder.Services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.SectionName)
            .Validate(o => o.BatchSize is > 0 and <= 1000, "Pipeline:BatchSize must be from 1 to 1000.")
            .Validate(o => o.BatchWait > TimeSpan.Zero && o.BatchWait <= TimeSpan.FromSeconds(5), "Pipeline:BatchWait must be positive and at most 5 seconds.")
            .ValidateOnStart();

        var views = ViewsSetup.All;
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<RecordFailureConsumer, RecordFailureConsumerDefinition>();
            bus.AddConsumer<RecordViewFailureConsumer>().Endpoint(endpoint => endpoint.Name = "hub-view-failures");
            // Partition and view endpoints are configured by hand below: N queues each on RabbitMQ, one in memory.
            bus.AddConsumer<ProcessReceivedConsumer, ProcessReceivedConsumerDefinition>().ExcludeFromConfigureEndpoints();
            foreach (var view in views)
            {
                view.AddConsumer(bus);
            }

            if (rabbit.IsConfigured)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                    var pipeline = context.GetRequiredService<IOptions<PipelineOptions>>().Value;
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                        host.PublisherConfirmation = true;
                        if (!string.IsNullOrWhiteSpace(options.ClusterNodes))
                        {
                            host.UseCluster(cluster =>
                            {
                                cluster.Node(options.Host);
                                foreach (var node in options.ClusterNodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                                {
                                    cluster.Node(node);
                                }
                            });
                        }

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
                            // A whole batch must be deliverable at once for batches to fill.
                            endpoint.PrefetchCount = (ushort)Math.Max(options.PrefetchCount, pipeline.BatchSize);
                            endpoint.Bind(Partitions.Exchange, binding =>
                            {
                                binding.ExchangeType = Partitions.ExchangeType;
                                binding.RoutingKey = "1"; // the queue's weight on the hash ring
                            });
                            endpoint.ConfigureConsumer<ProcessReceivedConsumer>(context);
                        });

                        foreach (var view in views)
                        {
                            cfg.ReceiveEndpoint(Partitions.ViewQueueName(view.Name, partition), endpoint =>
                            {
                                endpoint.ConfigureConsumeTopology = false;
                                endpoint.SingleActiveConsumer = true;
                                view.ConfigureConsumer(endpoint, context);
                            });
                        }
                    }

                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    // One queue, batches one at a time: the embedded default keeps a total order.
                    cfg.ReceiveEndpoint(EndpointNames.Received, endpoint => endpoint.ConfigureConsumer<ProcessReceivedConsumer>(context));
                    foreach (var view in views)
                    {
                        cfg.ReceiveEndpoint(Partitions.ViewQueueName(view.Name), endpoint => view.ConfigureConsumer(endpoint, context));
                    }

                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        builder.Services.AddSingleton(sp => new PatientEventRouter(sp.GetRequiredService<ISendEndpointProvider>(), views, rabbit.IsConfigured));

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
