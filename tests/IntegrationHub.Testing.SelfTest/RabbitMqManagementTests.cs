using System.Net.Http.Headers;
using System.Text;

namespace IntegrationHub.Testing.SelfTest;

public sealed class RabbitMqManagementTests
{
    [Fact]
    public async Task ManagementApiAnswersOnItsOwnLoopbackPortWhenEnabled()
    {
        await using var server = new RabbitMqServer(new RabbitMqServerOptions { EnableManagement = true });
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.ManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{server.Username}:{server.Password}")));

        var overview = await http.GetStringAsync(new Uri("api/overview", UriKind.Relative));

        Assert.NotNull(server.ManagementPort);
        Assert.NotEqual(server.Port, server.ManagementPort);
        Assert.Contains(server.NodeName, overview, StringComparison.Ordinal);
        Assert.Contains("\"rabbitmq_version\":\"3.", overview, StringComparison.Ordinal);
    }
}
