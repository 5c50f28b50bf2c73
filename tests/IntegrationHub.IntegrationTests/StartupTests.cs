using IntegrationHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IntegrationHub.IntegrationTests;

/// <summary>Bad configuration stops the hub at start with a message that names the setting to fix.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("Mllp:MaxFrameBytes", "10", "Mllp:MaxFrameBytes")]
    [InlineData("Mllp:IdleTimeout", "00:00:00", "Mllp:IdleTimeout")]
    [InlineData("Mllp:BindAddress", "not-an-address", "Mllp:BindAddress")]
    [InlineData("Intake:HandoffTimeout", "00:00:00", "Intake:HandoffTimeout")]
    [InlineData("Intake:ExitAfterStall", "00:00:10", "Intake:ExitAfterStall")]
    [InlineData("Mllp:Tls:Enabled", "true", "Mllp:Tls")]
    public async Task InvalidSettingFailsStartNamingIt(string key, string value, string named)
    {
        var settings = new Dictionary<string, string>
        {
            ["Embedded:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"hub-startup-{Guid.NewGuid():N}.db"),
            [key] = value,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HubInstance.StartAsync(settings));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task UnparseablePostgresConnectionStringFailsStartNamingTheSetting()
    {
        var settings = new Dictionary<string, string> { ["Postgres:ConnectionString"] = "this is not=a;valid;;connection=string=" };

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => HubInstance.StartAsync(settings));

        Assert.Contains("Postgres:ConnectionString", error.Message);
    }

    [Fact]
    public async Task RelativeOtlpEndpointFailsStartNamingTheVariable()
    {
        var settings = new Dictionary<string, string>
        {
            ["Embedded:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"hub-startup-{Guid.NewGuid():N}.db"),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "jaeger:4317",
        };

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => HubInstance.StartAsync(settings));

        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", error.Message);
    }
}
