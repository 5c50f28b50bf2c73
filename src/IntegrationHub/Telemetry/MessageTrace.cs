using System.Diagnostics;
using MassTransit;

namespace IntegrationHub.Telemetry;

/// <summary>
/// The trace a message was sent under, read back from its transport headers. A batch consumer runs once for
/// many messages, so each message's own spans must be parented explicitly to keep one trace per message from
/// MLLP receive to the database.
/// </summary>
internal static class MessageTrace
{
    // MassTransit 8 carries the sender's W3C trace context under MT-Activity-Id; "traceparent" is read too for
    // messages sent by other tools.
    private static readonly string[] ParentHeaders = ["MT-Activity-Id", "traceparent"];

    public static Activity? Start(string name, ConsumeContext context)
    {
        foreach (var header in ParentHeaders)
        {
            // Get<string> converts: RabbitMQ hands header strings back as bytes.
            if (context.Headers.Get<string>(header) is { } text && ActivityContext.TryParse(text, null, out var parent))
            {
                return HubTelemetry.Source.StartActivity(name, ActivityKind.Internal, parent);
            }
        }

        return HubTelemetry.Source.StartActivity(name);
    }
}
