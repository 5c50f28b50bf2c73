using OpenTelemetry.Exporter;

namespace IntegrationHub.Telemetry;

/// <summary>
/// Points an OTLP exporter at the collector named in configuration (environment, appsettings or command line
/// alike). Over HTTP the exporter does not add the signal path itself when the endpoint is set in code, so it
/// is added here, as the OTLP specification does for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// </summary>
internal static class OtlpTarget
{
    public static void Configure(OtlpExporterOptions options, string endpoint, string protocol, string signal)
    {
        if (protocol == "http/protobuf")
        {
            options.Protocol = OtlpExportProtocol.HttpProtobuf;
            options.Endpoint = new Uri($"{endpoint.TrimEnd('/')}/v1/{signal}");
        }
        else
        {
            options.Protocol = OtlpExportProtocol.Grpc;
            options.Endpoint = new Uri(endpoint);
        }
    }
}
