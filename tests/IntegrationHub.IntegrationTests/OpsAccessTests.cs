using System.Net;
using IntegrationHub.IntegrationTests.Infrastructure;

namespace IntegrationHub.IntegrationTests;

/// <summary>The ops endpoints show raw messages: with a key configured, nothing is served without it.</summary>
public sealed class OpsAccessTests
{
    [Fact]
    public async Task WithAKeyConfiguredOpsEndpointsAnswer401WithoutItAnd200WithIt()
    {
        var database = Path.Combine(Path.GetTempPath(), $"hub-ops-{Guid.NewGuid():N}.db");
        await using var hub = await HubInstance.StartAsync(new Dictionary<string, string>
        {
            ["Embedded:DatabasePath"] = database,
            ["Ops:ApiKey"] = "correct horse battery staple",
        });
        using var http = new HttpClient { BaseAddress = hub.Http };

        var anonymous = await http.GetAsync(new Uri("/ops/messages", UriKind.Relative));
        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri("/ops/failures", UriKind.Relative));
        wrong.Headers.Add("X-Hub-Ops-Key", "tr0ub4dor");
        var wrongKey = await http.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, new Uri("/ops/messages", UriKind.Relative));
        right.Headers.Add("X-Hub-Ops-Key", "correct horse battery staple");
        var withKey = await http.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.True((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode, "health stays open");
    }
}
