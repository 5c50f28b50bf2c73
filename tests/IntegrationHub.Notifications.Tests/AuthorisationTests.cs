using System.Net;

namespace IntegrationHub.Notifications.Tests;

/// <summary>A practice can subscribe only to its own ODS code and its own registered patients, and sees only its own subscriptions.</summary>
public sealed class AuthorisationTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task APracticeCannotSubscribeToOrReceiveAnotherPracticesPatients()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_authorisation");
        using var certificate = TestCertificate.Create("gp-auth");
        await using var riversideGp = await GpReceiver.StartAsync(certificate);
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, certificate.PemPath));
        await hub.ApplyAsync(Events.From(V2.Adt("A01", "J1", T0, V2.John), T0));
        await hub.ApplyAsync(Events.From(V2.Adt("A01", "S1", T0, People.Sarah, visit: "V200001"), T0));
        var riverside = People.RiversideToken();
        var endpoint = riversideGp.Endpoint;

        // Another practice's ODS code, another practice's patient, and a patient the record does not know: all refused alike.
        var (practice, outcome) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(endpoint, People.Leeds, "full-resource"), riverside);
        Assert.Equal(HttpStatusCode.Forbidden, practice.StatusCode);
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        var (john, johnOutcome) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Patients(endpoint, "full-resource", V2.NhsNumber), riverside);
        Assert.Equal(HttpStatusCode.Forbidden, john.StatusCode);
        var (unknown, unknownOutcome) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Patients(endpoint, "full-resource", V2.MakeNhsNumber(777)), riverside);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(johnOutcome.GetRawText(), unknownOutcome.GetRawText());

        // No token, a token without write scope, a patient-scoped token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(endpoint, People.Riverside, "id-only"), null!)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(endpoint, People.Riverside, "id-only"), Tokens.Create("system/*.read", ods: People.Riverside))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(endpoint, People.Riverside, "id-only"), Tokens.Create("patient/*.*", patient: "x"))).Response.StatusCode);

        // Its own patient by NHS number is allowed.
        var (own, created) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Patients(endpoint, "full-resource", V2.OtherNhsNumber), riverside);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var id = created.GetProperty("id").GetString()!;
        await Wait.UntilAsync(async () => (await hub.StatusAsync(id, riverside)).Status == "active", Limit, "the handshake");

        // Leeds cannot see, change or delete Riverside's subscription: to Leeds it does not exist.
        var leeds = People.LeedsToken();
        Assert.Equal(HttpStatusCode.NotFound, (await hub.GetAsync("/fhir/Subscription/" + id, leeds)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.GetAsync("/fhir/Subscription/" + id + "/$events", leeds)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/fhir/Subscription/" + id), leeds)).Response.StatusCode);
        var (_, list) = await hub.GetAsync("/fhir/Subscription", leeds);
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        // A Leeds patient's discharge never reaches Riverside; Sarah's does.
        var at = T0.AddDays(2);
        await hub.ApplyAsync(Events.From(V2.Adt("A03", "J2", at, V2.John, discharged: at), at));
        await hub.ApplyAsync(Events.From(V2.Adt("A03", "S2", at, People.Sarah, visit: "V200001", discharged: at), at));
        await Wait.UntilAsync(() => riversideGp.Accepted.Count >= 1, Limit, "Sarah's discharge");
        await Task.Delay(1000);
        var delivered = Assert.Single(riversideGp.Accepted);
        Assert.Contains(V2.OtherNhsNumber, delivered.Body, StringComparison.Ordinal);
        Assert.All(riversideGp.Received, d => Assert.DoesNotContain(V2.NhsNumber, d.Body, StringComparison.Ordinal));

        // The owner can delete it; then it is gone.
        Assert.Equal(HttpStatusCode.NoContent, (await hub.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/fhir/Subscription/" + id), riverside)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.GetAsync("/fhir/Subscription/" + id, riverside)).Response.StatusCode);
        FhirValidator.AssertValid(hub.Bodies);
    }

    [Fact]
    public async Task AnEndpointWhoseCertificateIsNotTrustedNeverPassesTheHandshake()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_untrusted");
        using var certificate = TestCertificate.Create("gp-untrusted");
        await using var gp = await GpReceiver.StartAsync(certificate);

        // No trusted certificate configured: the self-signed endpoint must be refused, not silently accepted.
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, null));
        var token = People.LeedsToken();
        var (_, created) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(gp.Endpoint, People.Leeds, "id-only"), token);
        var id = created.GetProperty("id").GetString()!;
        await Wait.UntilAsync(async () => (await hub.GetAsync("/fhir/Subscription/" + id, token)).Body.TryGetProperty("error", out _), Limit, "the handshake error");
        var (_, subscription) = await hub.GetAsync("/fhir/Subscription/" + id, token);
        Assert.Equal("requested", subscription.GetProperty("status").GetString());
        Assert.Contains("TLS", subscription.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(gp.Received);
    }

    [Fact]
    public async Task AddressesTheHubMayNotCallAreRefused()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_loopback");
        using var certificate = TestCertificate.Create("gp-loopback");
        await using var gp = await GpReceiver.StartAsync(certificate);
        var settings = HubHost.Settings(database, certificate.PemPath);
        settings["Notifications:AllowLoopbackEndpoints"] = "false";
        await using var hub = await HubHost.StartAsync(settings);
        var token = People.LeedsToken();

        // A subscriber-supplied URL pointing at the hub's own machine (by name too), and at a link-local metadata address.
        var byName = new UriBuilder(gp.Endpoint) { Host = "localhost" }.Uri;
        var ids = new List<string>();
        foreach (var endpoint in new[] { gp.Endpoint, byName, new Uri("https://169.254.169.254/latest") })
        {
            var (_, created) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(endpoint, People.Leeds, "id-only"), token);
            ids.Add(created.GetProperty("id").GetString()!);
        }

        foreach (var id in ids)
        {
            await Wait.UntilAsync(async () => (await hub.GetAsync("/fhir/Subscription/" + id, token)).Body.TryGetProperty("error", out _), Limit, "the handshake error");
            var (_, subscription) = await hub.GetAsync("/fhir/Subscription/" + id, token);
            Assert.Equal("requested", subscription.GetProperty("status").GetString());
            Assert.Contains("not one the hub may call", subscription.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(gp.Received);
    }

    [Fact]
    public async Task WithoutPostgresTheApiAnswers503AndEventsAreIgnored()
    {
        await using var hub = await HubHost.StartAsync(HubHost.Settings(null, null));
        var (response, outcome) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(new Uri("https://gp.example.nhs.uk/notify"), People.Leeds, "id-only"), People.LeedsToken());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        await hub.Notifications.ApplyAsync(Events.From(V2.Adt("A03", "N1", T0, V2.John, discharged: T0), T0), CancellationToken.None);
    }

    [Fact]
    public async Task BadSubscriptionsAreRefusedWithTheReason()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_bad");
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, null));
        var token = People.LeedsToken();
        var https = new Uri("https://gp.example.nhs.uk/notify");
        var cases = new (string Name, string Json, string Expected)[]
        {
            ("http endpoint", Subscriptions.Practice(new Uri("http://gp.example.nhs.uk/notify"), People.Leeds), "https"),
            ("no filter", Subscriptions.Create(https, "Encounter?ward=5", "id-only", null, []), "Unsupported filter"),
            ("transport header", Subscriptions.Practice(https, People.Leeds, "id-only", null, "Host: elsewhere"), "header"),
            ("bad payload", Subscriptions.Practice(https, People.Leeds, "everything"), "payload"),
            ("other topic", Subscriptions.Practice(https, People.Leeds).Replace(DischargeTopic.Url, "https://example.org/SubscriptionTopic/admission", StringComparison.Ordinal), "criteria"),
        };
        foreach (var (name, json, expected) in cases)
        {
            var (response, outcome) = await hub.PostAsync("/fhir/Subscription", json, token);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, name + ": " + response.StatusCode);
            Assert.Contains(expected, outcome.GetRawText(), StringComparison.Ordinal);
        }

        FhirValidator.AssertValid(hub.Bodies);
    }

    [Fact]
    public async Task MigrationIsIdempotentAndSafeFromTwoInstancesAtOnce()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_migrate");
        await using var first = await HubHost.StartAsync(HubHost.Settings(database, null));
        await using var second = await HubHost.StartAsync(HubHost.Settings(database, null));
        var stores = new[] { first, second }.Select(h => h.Notifications).Cast<IDischargeNotificationStore>().ToList();
        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)).Concat(stores.Select(s => s.MigrateAsync(CancellationToken.None))));
    }
}
