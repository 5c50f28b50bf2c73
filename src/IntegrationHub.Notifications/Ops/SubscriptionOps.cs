using System.Text.Json;
using IntegrationHub.Fhir;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Notifications;

/// <summary>Operators' view of subscriptions and their delivery state (no patient identifiers: filters are shown as counts).</summary>
public static class SubscriptionOps
{
    /// <summary>
    /// Maps <c>GET ""</c> on <paramref name="app"/> (put it under <c>/ops/subscriptions</c> behind the ops key):
    /// a JSON array, one object per subscription with id, status, practice, endpoint host, allocated and last
    /// delivered event numbers, backlog, attempts, next attempt, last delivery and last error.
    /// </summary>
    public static IEndpointRouteBuilder MapSubscriptionOps(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(string.Empty, WriteAsync);
        return app;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var store = context.RequestServices.GetRequiredService<INotificationStore>();
        var records = await store.ListAsync(context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        writer.WriteStartArray();
        foreach (var record in records)
        {
            writer.WriteStartObject();
            writer.WriteString("id", record.Id);
            writer.WriteString("status", FhirCode.ToCode(record.Status));
            writer.WriteString("owner", record.OwnerOds ?? record.OwnerSubject);
            writer.WriteString("practiceFilter", record.Spec.FilterOds);
            writer.WriteNumber("patientFilterCount", record.Spec.FilterPatients.Count);
            writer.WriteString("endpointHost", record.Spec.Endpoint.Authority);
            writer.WriteString("payload", record.Spec.Payload.ToString());
            writer.WriteNumber("eventsSinceSubscriptionStart", record.EventsSinceStart);
            writer.WriteNumber("lastDeliveredEventNumber", record.LastDelivered);
            writer.WriteNumber("backlog", record.Backlog);
            writer.WriteNumber("attempts", record.Attempts);
            writer.WriteString("nextAttemptAt", record.NextAttemptAt);
            if (record.LastDeliveredAt is { } delivered)
            {
                writer.WriteString("lastDeliveredAt", delivered);
            }
            else
            {
                writer.WriteNull("lastDeliveredAt");
            }

            writer.WriteString("lastError", record.LastError);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        await writer.FlushAsync(context.RequestAborted);
    }
}
