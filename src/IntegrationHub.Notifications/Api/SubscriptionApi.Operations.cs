using System.Globalization;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Api;
using IntegrationHub.Notifications.Delivery;
using IntegrationHub.Notifications.Subscriptions;
using IntegrationHub.Records;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Notifications;

public static partial class SubscriptionApi
{
    private const int MaxBodyBytes = 1 << 20;

    /// <summary><c>$status</c>: a searchset Bundle with the query-status SubscriptionStatus (status, events-since-subscription-start, last error).</summary>
    private static async Task StatusAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        var record = await VisibleAsync(context, caller, store);
        if (record is not null)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
            await FhirOutcome.WriteRawAsync(context, StatusCodes.Status200OK, NotificationBundles.StatusSearchset(record, options.BaseUrl, DateTimeOffset.UtcNow));
        }
    }

    /// <summary>
    /// <c>$events?eventsSinceNumber=&amp;eventsUntilNumber=&amp;content=</c>: the notifications in that range
    /// (inclusive; default from 1 to the latest, at most <see cref="NotificationOptions.MaxEventsPerQuery"/>) as a
    /// query-event history Bundle, so a subscriber that was down fetches what it missed.
    /// </summary>
    private static async Task EventsAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        var record = await VisibleAsync(context, caller, store);
        if (record is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (!TryNumber(query["eventsSinceNumber"], 1, out var since) || !TryNumber(query["eventsUntilNumber"], record.EventsSinceStart, out var until))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "eventsSinceNumber and eventsUntilNumber are positive whole numbers.");
            return;
        }

        var payload = record.Spec.Payload;
        switch (query["content"].ToString())
        {
            case "":
                break;
            case "empty":
                payload = PayloadContent.Empty;
                break;
            case "id-only":
                payload = PayloadContent.IdOnly;
                break;
            case "full-resource":
                payload = PayloadContent.FullResource;
                break;
            default:
                await FhirOutcome.ProblemAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "content is empty, id-only or full-resource.");
                return;
        }

        var settings = context.RequestServices.GetRequiredService<IOptions<NotificationOptions>>().Value;
        since = Math.Max(since, 1);
        until = Math.Min(until, Math.Min(record.EventsSinceStart, since + settings.MaxEventsPerQuery - 1));
        var events = until >= since ? await store.EventsAsync(record.Id, since, until, context.RequestAborted) : [];
        var fhir = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
        await FhirOutcome.WriteRawAsync(context, StatusCodes.Status200OK, NotificationBundles.History(record, "query-event", events, payload, fhir.BaseUrl, DateTimeOffset.UtcNow));
    }

    private static bool TryNumber(Microsoft.Extensions.Primitives.StringValues value, long fallback, out long number)
    {
        if (value.Count == 0 || string.IsNullOrEmpty(value[0]))
        {
            number = fallback;
            return true;
        }

        return long.TryParse(value[0], NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    /// <summary>
    /// Reads, checks and authorises a Subscription body; on any problem the answer (400/403/413) is written and
    /// the spec is null. An organisation caller may only filter on its own ODS code and on patients the care
    /// record shows registered with it; unknown and other practices' patients get the same answer, so the
    /// answer does not tell whether a person is in the record.
    /// </summary>
    private static async Task<(Subscription? Subscription, SubscriptionSpec? Spec)> ReadBodyAsync(HttpContext context, FhirCaller caller, string? expectedId)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status413PayloadTooLarge, IssueType.TooLong, "A Subscription is at most 1 MiB.");
            return (null, null);
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (!FhirJson.TryParse<Subscription>(body.GetBuffer().AsSpan(0, (int)body.Length), out var subscription, out var issues))
        {
            await FhirOutcome.WriteAsync(context, StatusCodes.Status400BadRequest, OperationOutcome.FromIssues(issues));
            return (null, null);
        }

        if (expectedId is not null && subscription.Id != expectedId)
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status400BadRequest, IssueType.Invalid, "The Subscription's id must match the URL.");
            return (null, null);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<NotificationOptions>>().Value;
        if (!SubscriptionParser.TryParse(subscription, options, out var spec, out var problem))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status400BadRequest, IssueType.Invalid, problem!);
            return (null, null);
        }

        if (caller.Organisation is { } ods)
        {
            if (spec!.FilterOds is { } practice && !string.Equals(practice, ods, StringComparison.OrdinalIgnoreCase))
            {
                await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "A practice may only subscribe to its own ODS code (" + ods + ").");
                return (null, null);
            }

            var record = context.RequestServices.GetRequiredService<ICareRecordStore>();
            foreach (var identifier in spec.FilterPatients)
            {
                if (!await IsRegisteredWithAsync(record, identifier, ods, context.RequestAborted))
                {
                    await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "Only patients registered with practice " + ods + " may be subscribed to.");
                    return (null, null);
                }
            }
        }

        return (subscription, spec);
    }

    private static async Task<bool> IsRegisteredWithAsync(ICareRecordStore record, string identifier, string ods, CancellationToken cancellationToken)
    {
        var bar = identifier.IndexOf('|', StringComparison.Ordinal);
        var patientId = await record.FindPatientAsync(identifier[..bar], identifier[(bar + 1)..], cancellationToken);
        var facts = patientId is null ? null : await record.GetPatientFactsAsync(patientId, cancellationToken);
        if (facts?.ReplacedBy is { } survivor)
        {
            facts = await record.GetPatientFactsAsync(survivor, cancellationToken);
        }

        return facts?.GpPracticeOds is { } practice && string.Equals(practice, ods, StringComparison.OrdinalIgnoreCase);
    }
}
