using System.Net;
using System.Text.Json;

namespace IntegrationHub.Notifications.Tests;

/// <summary>A GP system subscribes, passes the handshake and receives its own patients' discharges, in order, with valid content.</summary>
public sealed class DischargeNotificationTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task APracticeReceivesItsOwnPatientsDischargesAndCancellationsInOrderWithValidContent()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_content");
        using var certificate = TestCertificate.Create("gp-systems");
        await using var leedsGp = await GpReceiver.StartAsync(certificate);
        await using var riversideGp = await GpReceiver.StartAsync(certificate);
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, certificate.PemPath));
        var leeds = People.LeedsToken();
        var riverside = People.RiversideToken();

        // Admissions and a hospital order before anyone subscribes: the record knows both patients and John's medicine.
        await hub.ApplyAsync(Events.From(V2.Adt("A01", "J1", T0, V2.John), T0));
        await hub.ApplyAsync(Events.From(V2.HospitalOrder("R1", T0.AddHours(1), V2.John, ("ORD1", "42109611000001109", "DMD", "Paracetamol 500mg tablets")), T0.AddHours(1)));
        await hub.ApplyAsync(Events.From(V2.Adt("A01", "S1", T0, People.Sarah, visit: "V200001"), T0));

        var (created, subscription) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(leedsGp.Endpoint, People.Leeds, "full-resource", null, "X-Practice-Key: leeds-secret"), leeds);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("requested", subscription.GetProperty("status").GetString());
        var leedsId = subscription.GetProperty("id").GetString()!;
        var (createdToo, other) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(riversideGp.Endpoint, People.Riverside, "id-only"), riverside);
        Assert.Equal(HttpStatusCode.Created, createdToo.StatusCode);
        var riversideId = other.GetProperty("id").GetString()!;

        await Wait.UntilAsync(async () => (await hub.StatusAsync(leedsId, leeds)).Status == "active", Limit, "the Leeds handshake");
        await Wait.UntilAsync(async () => (await hub.StatusAsync(riversideId, riverside)).Status == "active", Limit, "the Riverside handshake");
        var handshake = Assert.Single(leedsGp.Received, d => d.Type == "handshake");
        Assert.Equal("leeds-secret", handshake.Headers["X-Practice-Key"]);

        var discharged = T0.AddDays(3);
        await hub.ApplyAsync(Events.From(V2.Adt("A03", "J2", discharged, V2.John, admitted: T0, discharged: discharged), discharged));
        await hub.ApplyAsync(Events.From(V2.Adt("A03", "S2", discharged, People.Sarah, visit: "V200001", discharged: discharged), discharged));
        var cancelled = discharged.AddHours(1);
        await hub.ApplyAsync(Events.From(V2.Adt("A13", "J3", cancelled, V2.John), cancelled));
        var again = discharged.AddDays(1);
        var final = Events.From(V2.Adt("A03", "J4", again, V2.John, admitted: T0, discharged: again), again);
        await hub.ApplyAsync(final);

        // A redelivery of the same event (same message id) records nothing new.
        await hub.Notifications.ApplyAsync(final, CancellationToken.None);

        await Wait.UntilAsync(() => leedsGp.Accepted.Count >= 3 && riversideGp.Accepted.Count >= 1, Limit, "the notifications");
        await Task.Delay(1000); // room for any wrong extra delivery to show up before we count

        Assert.Equal([1L, 2L, 3L], leedsGp.Accepted.SelectMany(d => d.EventNumbers));
        Assert.Equal(["discharged", "cancelled", "discharged"], leedsGp.Accepted.SelectMany(d => d.Kinds));
        Assert.Equal([1L], riversideGp.Accepted.SelectMany(d => d.EventNumbers));
        Assert.All(leedsGp.Received, d => Assert.DoesNotContain(V2.OtherNhsNumber, d.Body, StringComparison.Ordinal));
        Assert.All(riversideGp.Received, d => Assert.DoesNotContain(V2.NhsNumber, d.Body, StringComparison.Ordinal));
        Assert.All(leedsGp.Received, d => Assert.Equal("leeds-secret", d.Headers["X-Practice-Key"]));
        Assert.Equal(("active", 3L), await hub.StatusAsync(leedsId, leeds));

        // The full-resource discharge summary: Patient, finished Encounter with disposition, discharging trust,
        // clinician, the GP practice and the discharge medication from the prescribing view with its change flag.
        using (var first = JsonDocument.Parse(leedsGp.Accepted[0].Body))
        {
            var entries = first.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
            Assert.Equal("Parameters", entries[0].GetProperty("resourceType").GetString());
            var patient = Assert.Single(entries, r => r.GetProperty("resourceType").GetString() == "Patient");
            Assert.Contains(V2.NhsNumber, patient.GetRawText(), StringComparison.Ordinal);
            var encounter = Assert.Single(entries, r => r.GetProperty("resourceType").GetString() == "Encounter");
            Assert.Equal("finished", encounter.GetProperty("status").GetString());
            Assert.Equal("01", encounter.GetProperty("hospitalization").GetProperty("dischargeDisposition").GetProperty("coding")[0].GetProperty("code").GetString());
            var trustUrl = encounter.GetProperty("serviceProvider").GetProperty("reference").GetString();
            var fullUrls = first.RootElement.GetProperty("entry").EnumerateArray().ToDictionary(e => e.GetProperty("fullUrl").GetString()!, e => e.GetProperty("resource"));
            Assert.Contains("RXX", fullUrls[trustUrl!].GetRawText(), StringComparison.Ordinal);
            Assert.Contains(entries, r => r.GetProperty("resourceType").GetString() == "Practitioner" && r.GetRawText().Contains("PATEL", StringComparison.Ordinal));
            Assert.Contains(entries, r => r.GetProperty("resourceType").GetString() == "Organization" && r.GetRawText().Contains(People.Leeds, StringComparison.Ordinal));
            var medication = Assert.Single(entries, r => r.GetProperty("resourceType").GetString() == "MedicationStatement");
            Assert.Contains("42109611000001109", medication.GetRawText(), StringComparison.Ordinal);
            var list = Assert.Single(entries, r => r.GetProperty("resourceType").GetString() == "List");
            Assert.Equal("started during admission", list.GetProperty("entry")[0].GetProperty("flag").GetProperty("text").GetString());
        }

        using (var second = JsonDocument.Parse(leedsGp.Accepted[1].Body))
        {
            var encounter = second.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).Single(r => r.GetProperty("resourceType").GetString() == "Encounter");
            Assert.Equal("in-progress", encounter.GetProperty("status").GetString());
        }

        // id-only: the Riverside practice gets the focus by reference and no resources.
        using (var idOnly = JsonDocument.Parse(riversideGp.Accepted[0].Body))
        {
            Assert.Equal(1, idOnly.RootElement.GetProperty("entry").GetArrayLength());
            Assert.Contains("Encounter/", idOnly.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        var (eventsResponse, events) = await hub.GetAsync("/fhir/Subscription/" + leedsId + "/$events?eventsSinceNumber=1&eventsUntilNumber=3", leeds);
        Assert.Equal(HttpStatusCode.OK, eventsResponse.StatusCode);
        Assert.Equal(3, events.GetProperty("entry")[0].GetProperty("resource").GetProperty("parameter").EnumerateArray().Count(p => p.GetProperty("name").GetString() == "notification-event"));
        await hub.GetAsync("/fhir/Subscription/" + leedsId, leeds);
        await hub.GetAsync("/fhir/Subscription", leeds);

        foreach (var (delivery, index) in leedsGp.Received.Concat(riversideGp.Received).Select((d, i) => (d, i)))
        {
            await File.WriteAllTextAsync(Path.Combine(hub.Bodies, "received-" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".json"), delivery.Body);
        }

        FhirValidator.AssertValid(hub.Bodies);
    }

    [Fact]
    public async Task MovingToANewEndpointNeedsANewHandshakeAndOwedNotificationsFollowIt()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_update");
        using var certificate = TestCertificate.Create("gp-update");
        await using var oldEndpoint = await GpReceiver.StartAsync(certificate);
        await using var newEndpoint = await GpReceiver.StartAsync(certificate);
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, certificate.PemPath));
        var token = People.LeedsToken();
        var (_, created) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(oldEndpoint.Endpoint, People.Leeds, "id-only"), token);
        var id = created.GetProperty("id").GetString()!;
        await Wait.UntilAsync(async () => (await hub.StatusAsync(id, token)).Status == "active", Limit, "the first handshake");

        // The old endpoint is being retired and fails; one discharge is owed when the practice moves.
        oldEndpoint.Mode = GpReceiver.Behaviour.Unavailable;
        await hub.Notifications.ApplyAsync(Events.From(V2.Adt("A03", "U1", T0, V2.John, discharged: T0), T0), CancellationToken.None);
        await Wait.UntilAsync(() => oldEndpoint.Received.Any(d => d.Type == "event-notification"), Limit, "an attempt at the old endpoint");

        var moved = Subscriptions.Practice(newEndpoint.Endpoint, People.Leeds, "id-only").Replace("{\"resourceType\":\"Subscription\",", "{\"resourceType\":\"Subscription\",\"id\":\"" + id + "\",", StringComparison.Ordinal);
        var (updated, body) = await hub.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/fhir/Subscription/" + id) { Content = new StringContent(moved, System.Text.Encoding.UTF8, "application/fhir+json") }, token);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("requested", body.GetProperty("status").GetString());
        Assert.Equal("2", body.GetProperty("meta").GetProperty("versionId").GetString());

        await Wait.UntilAsync(() => newEndpoint.Accepted.Count >= 1, Limit, "the owed notification at the new endpoint");
        Assert.Equal(["handshake", "event-notification"], newEndpoint.Received.Select(d => d.Type));
        Assert.Equal([1L], newEndpoint.Accepted.Single().EventNumbers);
        Assert.Empty(oldEndpoint.Accepted);

        // Past the end of the numbers, $events is an empty range, not an error.
        var (_, none) = await hub.GetAsync("/fhir/Subscription/" + id + "/$events?eventsSinceNumber=2", token);
        Assert.DoesNotContain("notification-event", none.GetRawText(), StringComparison.Ordinal);
        FhirValidator.AssertValid(hub.Bodies);
    }

    [Fact]
    public async Task HeartbeatsArriveAtTheRequestedPeriodAndFailedHeartbeatsRecover()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_heartbeat");
        using var certificate = TestCertificate.Create("gp-heartbeat");
        await using var gp = await GpReceiver.StartAsync(certificate);
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, certificate.PemPath));
        var token = People.LeedsToken();
        var (created, subscription) = await hub.PostAsync("/fhir/Subscription", Subscriptions.Practice(gp.Endpoint, People.Leeds, "id-only", heartbeatSeconds: 1), token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = subscription.GetProperty("id").GetString()!;

        await Wait.UntilAsync(() => gp.Received.Count(d => d.Type == "heartbeat") >= 2, Limit, "two heartbeats");
        var beats = gp.Received.Where(d => d.Type is "heartbeat" or "handshake").Select(d => d.At).ToList();

        // Not faster than asked (1 s, less the 20% the poll may round): heartbeats are not sent on every poll.
        for (var i = 1; i < beats.Count; i++)
        {
            Assert.True(beats[i] - beats[i - 1] >= TimeSpan.FromMilliseconds(800), "heartbeats " + (beats[i] - beats[i - 1]).TotalMilliseconds + " ms apart");
        }

        // Heartbeats that fail put an idle subscription in error; the next one that succeeds brings it back.
        gp.Mode = GpReceiver.Behaviour.Unavailable;
        await Wait.UntilAsync(async () => (await hub.StatusAsync(id, token)).Status == "error", Limit, "status error from failed heartbeats");
        gp.Mode = GpReceiver.Behaviour.Accept;
        await Wait.UntilAsync(async () => (await hub.StatusAsync(id, token)).Status == "active", Limit, "status active again");
    }
}
