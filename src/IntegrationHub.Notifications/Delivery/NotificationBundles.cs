using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Subscriptions;

namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// The Backport IG's R4 notification shape: a <c>history</c> Bundle whose first entry is the SubscriptionStatus
/// (a <c>Parameters</c> resource: subscription, topic, status, type, events-since-subscription-start, and per
/// event its number, timestamp and focus), then for <c>full-resource</c> each event's discharge summary.
/// The summaries are spliced in as stored, never parsed again.
/// </summary>
internal static class NotificationBundles
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary>Types of SubscriptionStatus: handshake, heartbeat, event-notification, query-status, query-event.</summary>
    public static string History(SubscriptionRecord subscription, string type, IReadOnlyList<StoredNotification> events, PayloadContent payload, string? baseUrl, DateTimeOffset now)
    {
        var status = Status(subscription, type, events, payload, baseUrl);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("id", Guid.CreateVersion7().ToString("D"));
            writer.WriteString("type", "history");
            writer.WriteString("timestamp", new FhirInstant(now).ToString());
            writer.WriteStartArray("entry");
            WriteEntry(writer, "urn:uuid:" + status.Id, FhirJson.SerializeToUtf8Bytes(status), "GET", "Subscription/" + subscription.Id + "/$status");
            if (payload == PayloadContent.FullResource)
            {
                var written = new HashSet<string>(StringComparer.Ordinal);
                foreach (var notification in events)
                {
                    using var summary = JsonDocument.Parse(notification.Summary);
                    foreach (var item in summary.RootElement.EnumerateArray())
                    {
                        var fullUrl = item.GetProperty("fullUrl").GetString()!;

                        // Several events of one patient share resources (the Patient, the practice): one entry each.
                        if (written.Add(fullUrl))
                        {
                            var resource = item.GetProperty("resource");
                            var url = resource.GetProperty("resourceType").GetString() + "/" + resource.GetProperty("id").GetString();
                            WriteEntry(writer, fullUrl, Encoding.UTF8.GetBytes(resource.GetRawText()), "PUT", url);
                        }
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The <c>$status</c> answer: a searchset Bundle holding the query-status SubscriptionStatus.</summary>
    public static string StatusSearchset(SubscriptionRecord subscription, string? baseUrl, DateTimeOffset now)
    {
        var status = Status(subscription, "query-status", [], PayloadContent.Empty, baseUrl);
        var bundle = new Bundle { Type = BundleType.Searchset, Id = Guid.CreateVersion7().ToString("D"), Timestamp = new FhirInstant(now), Total = 1 };
        bundle.AddEntry(status).Search = new BundleEntrySearch { Mode = SearchEntryMode.Match };
        return FhirJson.Serialize(bundle);
    }

    private static Parameters Status(SubscriptionRecord subscription, string type, IReadOnlyList<StoredNotification> events, PayloadContent payload, string? baseUrl)
    {
        var status = new Parameters
        {
            Id = Guid.CreateVersion7().ToString("D"),
            Meta = new Meta { Profile = [DischargeTopic.StatusProfile] },
            Parameter =
            [
                new() { Name = "subscription", ValueReference = new Reference { ReferenceValue = Absolute(baseUrl, "Subscription/" + subscription.Id) } },
                new() { Name = "topic", ValueCanonical = DischargeTopic.Url },
                new() { Name = "status", ValueCode = FhirCode.ToCode(subscription.Status) },
                new() { Name = "type", ValueCode = type },
                new() { Name = "events-since-subscription-start", ValueString = subscription.EventsSinceStart.ToString(CultureInfo.InvariantCulture) },
            ],
        };
        foreach (var notification in events)
        {
            var parts = new List<ParametersParameter>
            {
                new() { Name = "event-number", ValueString = notification.EventNumber.ToString(CultureInfo.InvariantCulture) },
                new() { Name = "timestamp", ValueInstant = new FhirInstant(notification.RecordedAt) },
            };
            var focus = payload switch
            {
                PayloadContent.FullResource => notification.FocusUrl,
                PayloadContent.IdOnly when notification.FocusReference is { } reference => Absolute(baseUrl, reference),
                _ => null,
            };
            if (focus is not null)
            {
                parts.Add(new() { Name = "focus", ValueReference = new Reference { ReferenceValue = focus, Type = "Encounter" } });
            }

            status.Parameter.Add(new ParametersParameter
            {
                Name = "notification-event",
                Extension = [new Extension { Url = DischargeTopic.EventKindExtension, ValueCode = notification.Kind }],
                Part = parts,
            });
        }

        if (subscription.LastError is { } error && type is "query-status" or "heartbeat")
        {
            status.Parameter.Add(new() { Name = "error", ValueCodeableConcept = new CodeableConcept { Text = error } });
        }

        return status;
    }

    private static string Absolute(string? baseUrl, string relative) => baseUrl is null ? relative : baseUrl.TrimEnd('/') + "/" + relative;

    private static void WriteEntry(Utf8JsonWriter writer, string fullUrl, byte[] resource, string method, string url)
    {
        writer.WriteStartObject();
        writer.WriteString("fullUrl", fullUrl);
        writer.WritePropertyName("resource");
        writer.WriteRawValue(resource, skipInputValidation: true);
        writer.WriteStartObject("request");
        writer.WriteString("method", method);
        writer.WriteString("url", url);
        writer.WriteEndObject();
        writer.WriteStartObject("response");
        writer.WriteString("status", "200");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
