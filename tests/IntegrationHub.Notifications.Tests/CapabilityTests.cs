using System.Net;

namespace IntegrationHub.Notifications.Tests;

/// <summary>The FHIR endpoint's CapabilityStatement describes the Subscription API the notifications add to it.</summary>
public sealed class CapabilityTests
{
    [Fact]
    public async Task MetadataListsSubscriptionWithItsInteractionsAndBackportOperations()
    {
        var database = await HubHost.CreateDatabaseAsync("notify_metadata");
        await using var hub = await HubHost.StartAsync(HubHost.Settings(database, trustedCertificate: null));

        var (response, body) = await hub.GetAsync("/fhir/metadata", People.RiversideToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resources = body.GetProperty("rest")[0].GetProperty("resource").EnumerateArray().ToList();
        var subscription = Assert.Single(resources, r => r.GetProperty("type").GetString() == "Subscription");
        Assert.Equal(
            ["create", "read", "update", "delete", "search-type"],
            subscription.GetProperty("interaction").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(
            ["status", "events"],
            subscription.GetProperty("operation").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Contains(resources, r => r.GetProperty("type").GetString() == "Patient");
        FhirValidator.AssertValid(hub.Bodies);
    }
}
