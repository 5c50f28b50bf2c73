using System.Text;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.IntegrationTests;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, spans and metrics reach the collector, flushed at shutdown.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task SpansAndMetricsAreExportedOverOtlpHttpAndFlushedAtShutdown()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), $"hub-otlp-{Guid.NewGuid():N}.db");
        var hub = await HubInstance.StartAsync(new Dictionary<string, string>
        {
            ["Embedded:DatabasePath"] = database,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        await using (var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort))
        {
            await client.SendAsync(Encoding.Latin1.GetBytes(SampleMessages.Adt("OTLP0001", 1)));
        }

        await Task.Delay(500);
        await hub.DisposeAsync();

        var traces = collector.Requests.Where(r => r.Path == "/v1/traces").SelectMany(r => r.Body).ToArray();
        var metrics = collector.Requests.Where(r => r.Path == "/v1/metrics").SelectMany(r => r.Body).ToArray();
        Assert.Contains("mllp.receive", Encoding.Latin1.GetString(traces));
        Assert.Contains("hub.store", Encoding.Latin1.GetString(traces));
        Assert.Contains("hub.mllp.acks.sent", Encoding.Latin1.GetString(metrics));
        File.Delete(database);
    }
}
