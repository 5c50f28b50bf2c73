using IntegrationHub.Notifications;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntegrationHub.Telemetry;

/// <summary>
/// Wires OpenTelemetry tracing and metrics into the host by hand (the hosting extensions package is not
/// available here): providers are built by DI, kept alive by <see cref="TelemetryLifetime"/>, disposed (and so
/// flushed) on shutdown. OTLP export is on when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetrySetup
{
    public static IHostApplicationBuilder AddHubTelemetry(this IHostApplicationBuilder builder)
    {
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var exportOtlp = !string.IsNullOrWhiteSpace(otlpEndpoint);
        if (exportOtlp && !(Uri.TryCreate(otlpEndpoint, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            throw new InvalidOperationException($"OTEL_EXPORTER_OTLP_ENDPOINT '{otlpEndpoint}' is not an absolute http(s) URI (e.g. http://jaeger:4317).");
        }

        var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] is { Length: > 0 } named ? named : "grpc";
        if (protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"OTEL_EXPORTER_OTLP_PROTOCOL '{protocol}' is not grpc or http/protobuf.");
        }

        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "integration-hub";
        var resource = ResourceBuilder.CreateDefault()
            .AddService(serviceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString(), serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}");

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource(HubTelemetry.Name, HubTelemetry.MassTransitName, NotificationsTelemetry.Name)
                .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()));
            if (exportOtlp)
            {
                tracing.AddOtlpExporter(otlp => OtlpTarget.Configure(otlp, otlpEndpoint!, protocol, "traces"));
            }

            return tracing.Build();
        });
        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(HubTelemetry.Name, HubTelemetry.MassTransitName, NotificationsTelemetry.Name);
            if (exportOtlp)
            {
                metrics.AddOtlpExporter(otlp => OtlpTarget.Configure(otlp, otlpEndpoint!, protocol, "metrics"));
            }

            return metrics.Build();
        });

        // Registered first so the providers listen before the bus or the listener make their first span.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, TelemetryLifetime>());
        return builder;
    }
}
