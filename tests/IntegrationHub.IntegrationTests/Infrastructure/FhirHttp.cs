using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Reading the hub's FHIR API from a test, and waiting for the pipeline to bring an answer about.</summary>
internal static class FhirHttp
{
    public static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds; fails with the last answer after 30 s.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient http, string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var body = await GetAsync(http, path);
            if (done(body))
            {
                return body;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} never reached the expected state; last answer {body}");
            await Task.Delay(200);
        }
    }

    /// <summary>The search matches in a searchset Bundle (included resources not counted).</summary>
    public static List<JsonElement> Matches(JsonElement bundle) => bundle.TryGetProperty("entry", out var entries)
        ? [.. entries.EnumerateArray().Where(e => e.GetProperty("search").GetProperty("mode").GetString() == "match").Select(e => e.GetProperty("resource"))]
        : [];
}
