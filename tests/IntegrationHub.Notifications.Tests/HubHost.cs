using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Records;
using IntegrationHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Notifications.Tests;

/// <summary>
/// The parts of the hub this library plugs into, wired the way the host will: care record, FHIR API,
/// Subscription API, ops listing and the delivery service, in a real Kestrel on a free loopback port over a
/// real PostgreSQL database. Short retry settings so failures and recoveries happen within a test.
/// </summary>
internal sealed class HubHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _saved;

    private HubHost(WebApplication app, HttpClient client, string bodies)
    {
        _app = app;
        Client = client;
        Bodies = bodies;
    }

    public HttpClient Client { get; }

    /// <summary>Folder of the FHIR bodies fetched with <see cref="SendAsync"/>, for the validator.</summary>
    public string Bodies { get; }

    public ICareRecordStore Records => _app.Services.GetRequiredService<ICareRecordStore>();

    public IDischargeNotifications Notifications => _app.Services.GetRequiredService<IDischargeNotifications>();

    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var services = await TestServices.GetAsync();
        return await services.Postgres.CreateDatabaseAsync(name);
    }

    public static Dictionary<string, string?> Settings(string? connectionString, string? trustedCertificate) => new(Tokens.Settings)
    {
        ["Postgres:ConnectionString"] = connectionString,

        // Without PostgreSQL the care record is the embedded SQLite store: a file of its own, not data/ beside the tests.
        ["Embedded:CareRecordPath"] = connectionString is null ? Path.Combine(Path.GetTempPath(), "notifications-tests-" + Guid.NewGuid().ToString("N"), "care-record.db") : null,
        ["Notifications:RetryLimit"] = "3",
        ["Notifications:MinBackoff"] = "00:00:00.100",
        ["Notifications:MaxBackoff"] = "00:00:01",
        ["Notifications:Timeout"] = "00:00:05",
        ["Notifications:PollInterval"] = "00:00:00.200",
        ["Notifications:HeartbeatMinimum"] = "00:00:01",
        ["Notifications:TrustedCertificatePath"] = trustedCertificate,

        // The test GP systems listen on 127.0.0.1, which production refuses (see AddressesTheHubMayNotCallAreRefused).
        ["Notifications:AllowLoopbackEndpoints"] = "true",
    };

    public static async Task<HubHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCareRecord(builder.Configuration);
        builder.Services.AddDischargeNotifications(builder.Configuration);
        var app = builder.Build();
        await app.Services.GetRequiredService<ICareRecordStore>().MigrateAsync(CancellationToken.None);
        await app.Services.GetRequiredService<IDischargeNotificationStore>().MigrateAsync(CancellationToken.None);
        app.MapFhirApi();
        app.MapSubscriptionApi();
        app.MapGroup("/ops/subscriptions").MapSubscriptionOps();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bodies = Directory.CreateTempSubdirectory("notifications-api-").FullName;
        return new HubHost(app, new HttpClient { BaseAddress = new Uri(address) }, bodies);
    }

    /// <summary>Applies the event to the care record and then to notifications, as the two views would.</summary>
    public async Task ApplyAsync(Contracts.PatientEvent patientEvent)
    {
        await Records.ApplyAsync(patientEvent, CancellationToken.None);
        await Notifications.ApplyAsync(patientEvent, CancellationToken.None);
    }

    public Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string token)
        => SendAsync(new HttpRequestMessage(HttpMethod.Get, path), token);

    public Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, string json, string token)
        => SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/fhir+json") }, token);

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request, string? token)
    {
        using (request)
        {
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (text.Length == 0)
            {
                return (response, default);
            }

            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            await File.WriteAllTextAsync(Path.Combine(Bodies, Interlocked.Increment(ref _saved).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".json"), text);
            return (response, JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    /// <summary>The subscription's status as <c>$status</c> reports it.</summary>
    public async Task<(string Status, long EventsSinceStart)> StatusAsync(string id, string token)
    {
        var (response, body) = await GetAsync("/fhir/Subscription/" + id + "/$status", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var parameters = body.GetProperty("entry")[0].GetProperty("resource").GetProperty("parameter").EnumerateArray().ToList();
        var status = parameters.Single(p => p.GetProperty("name").GetString() == "status").GetProperty("valueCode").GetString()!;
        var events = long.Parse(parameters.Single(p => p.GetProperty("name").GetString() == "events-since-subscription-start").GetProperty("valueString").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (status, events);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Bodies, recursive: true);
    }
}
