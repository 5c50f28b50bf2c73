using System.Text.Json;

namespace IntegrationHub.Notifications.Tests;

/// <summary>Subscription resources as a GP system would POST them (R5 Backport IG, R4 style).</summary>
internal static class Subscriptions
{
    public static string Practice(Uri endpoint, string ods, string payload = "full-resource", int? heartbeatSeconds = null, params string[] headers)
        => Create(endpoint, "Encounter?practice=" + ods, payload, heartbeatSeconds, headers);

    public static string Patients(Uri endpoint, string payload, params string[] nhsNumbers)
        => Create(endpoint, "Encounter?patient.identifier=" + string.Join(',', nhsNumbers.Select(n => "https://fhir.nhs.uk/Id/nhs-number|" + n)), payload, null, []);

    public static string Create(Uri endpoint, string filter, string payload, int? heartbeatSeconds, string[] headers)
    {
        var channel = new Dictionary<string, object>
        {
            ["type"] = "rest-hook",
            ["endpoint"] = endpoint.AbsoluteUri,
            ["payload"] = "application/fhir+json",
            ["_payload"] = new { extension = new[] { new { url = DischargeTopic.PayloadContent, valueCode = payload } } },
        };
        if (heartbeatSeconds is { } seconds)
        {
            channel["extension"] = new[] { new { url = DischargeTopic.HeartbeatPeriod, valueUnsignedInt = seconds } };
        }

        if (headers.Length > 0)
        {
            channel["header"] = headers;
        }

        var subscription = new Dictionary<string, object>
        {
            ["resourceType"] = "Subscription",
            ["meta"] = new { profile = new[] { DischargeTopic.SubscriptionProfile } },
            ["status"] = "requested",
            ["reason"] = "Discharge notifications for our registered patients",
            ["criteria"] = DischargeTopic.Url,
            ["_criteria"] = new { extension = new[] { new { url = DischargeTopic.FilterCriteria, valueString = filter } } },
            ["channel"] = channel,
        };
        return JsonSerializer.Serialize(subscription);
    }
}
