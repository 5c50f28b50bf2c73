using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Records.Benchmarks;

/// <summary>The API on Kestrel (loopback, ephemeral port) with JWT checking on, and a sequential latency probe.</summary>
internal sealed class Api : IAsyncDisposable
{
    private static readonly byte[] Key = SHA256.HashData("records-benchmark-key"u8);
    private readonly WebApplication _app;

    private Api(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<Api> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Postgres:ConnectionString"] = connectionString,
            ["Fhir:Auth:Issuer"] = "bench",
            ["Fhir:Auth:Audience"] = "bench",
            ["Fhir:Auth:SymmetricKeys:0"] = Convert.ToBase64String(Key),
        });
        builder.Services.AddCareRecord(builder.Configuration);
        var app = builder.Build();
        app.MapFhirApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        return new Api(app, client);
    }

    /// <summary>Warms up, then times <paramref name="requests"/> sequential GETs (full body read) and prints p50/p99.</summary>
    public static async Task MeasureAsync(Api api, string path, int requests)
    {
        long bytes = 0;
        for (var i = 0; i < 20; i++)
        {
            bytes = (await api.GetAsync(path)).Length;
        }

        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await api.GetAsync(path);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path.Split('?')[0][6..],-44} n={requests} p50={Percentile(times, 0.50):F2} ms p99={Percentile(times, 0.99):F2} ms max={times[^1]:F2} ms body={bytes / 1024.0:F0} KiB"));
    }

    private async Task<byte[]> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return body;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Token()
    {
        static string Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow;
        var header = Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "JWT" }));
        var payload = Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = "bench", ["aud"] = "bench", ["sub"] = "benchmark", ["scope"] = "system/*.read",
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddHours(2).ToUnixTimeSeconds(),
        }));
        return header + "." + payload + "." + Url(HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(header + "." + payload)));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
