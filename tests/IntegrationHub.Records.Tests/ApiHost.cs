using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Records.Tests;

/// <summary>
/// The FHIR API in a real Kestrel on a free loopback port (the in-memory TestServer has no remote address, and the
/// development mode depends on it). Every response body fetched through <see cref="GetAsync"/> is kept in a
/// folder for the validator.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _saved;

    private ApiHost(WebApplication app, HttpClient client, string bodies)
    {
        _app = app;
        Client = client;
        Bodies = bodies;
    }

    public HttpClient Client { get; }

    /// <summary>Folder of every FHIR response body received, one file each.</summary>
    public string Bodies { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ApiHost> StartAsync(RecordDatabase? db, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>();
        db?.Configure(configuration);

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddCareRecord(builder.Configuration);
        var app = builder.Build();
        app.MapFhirApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bodies = Directory.CreateTempSubdirectory("records-api-").FullName;
        return new ApiHost(app, new HttpClient { BaseAddress = new Uri(address) }, bodies);
    }

    /// <summary>GET with an optional bearer token; the body is kept for validation and parsed.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(request);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        await File.WriteAllTextAsync(Path.Combine(Bodies, Interlocked.Increment(ref _saved).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".json"), text);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Bodies, recursive: true);
    }
}
