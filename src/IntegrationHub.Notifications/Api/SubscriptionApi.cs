using System.Text.RegularExpressions;
using IntegrationHub.Fhir;
using IntegrationHub.Notifications.Api;
using IntegrationHub.Notifications.Subscriptions;
using IntegrationHub.Records;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Notifications;

/// <summary>
/// <c>/fhir/Subscription</c>: create, read, update, delete and list discharge subscriptions, plus the Backport
/// IG's <c>$status</c> and <c>$events</c>. Authenticated with the FHIR API's tokens (<c>Fhir:Auth</c>): writing
/// needs a <c>Subscription.write</c> scope; a caller whose token names an organisation (a GP practice's ODS code)
/// may only filter on its own practice or on patients registered with it, and sees only its own subscriptions.
/// </summary>
public static partial class SubscriptionApi
{
    /// <summary>Maps the Subscription endpoints under <c>/fhir</c>. Needs <c>AddCareRecord</c> and <c>AddDischargeNotifications</c>.</summary>
    public static IEndpointRouteBuilder MapSubscriptionApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/fhir/Subscription");
        group.MapPost("/", context => Guarded(context, CreateAsync));
        group.MapGet("/", context => Guarded(context, ListAsync));
        group.MapGet("/{id}", context => Guarded(context, ReadAsync));
        group.MapPut("/{id}", context => Guarded(context, UpdateAsync));
        group.MapDelete("/{id}", context => Guarded(context, DeleteAsync));
        group.MapGet("/{id}/$status", context => Guarded(context, StatusAsync));
        group.MapGet("/{id}/$events", context => Guarded(context, EventsAsync));
        return app;
    }

    /// <summary>Authenticates, then runs the handler; an unconfigured store becomes 503, never an exception text.</summary>
    private static async Task Guarded(HttpContext context, Func<HttpContext, FhirCaller, INotificationStore, Task> handler)
    {
        var resolver = context.RequestServices.GetRequiredService<FhirCallerResolver>();
        var (caller, problem) = await resolver.ResolveAsync(context);
        if (caller is null)
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status401Unauthorized, IssueType.Login, problem!);
            return;
        }

        if (caller.Patient is not null)
        {
            // Subscriptions are for practice and hospital systems, not for a single patient's app.
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "A patient-scoped token cannot manage subscriptions.");
            return;
        }

        var store = context.RequestServices.GetRequiredService<INotificationStore>();
        try
        {
            await handler(context, caller, store);
        }
        catch (NotificationsUnavailableException ex)
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, IssueType.Transient, ex.Message);
        }
    }

    private static async Task CreateAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        if (!caller.CanWrite("Subscription"))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "The token's scopes do not allow writing Subscription.");
            return;
        }

        var (subscription, spec) = await ReadBodyAsync(context, caller, null);
        if (spec is null)
        {
            return;
        }

        var id = Guid.CreateVersion7().ToString("D");
        subscription!.Id = id;
        subscription.Meta = null;
        subscription.Status = SubscriptionStatus.Requested;
        subscription.Error = null;
        var record = await store.CreateAsync(id, caller.Organisation?.ToUpperInvariant(), caller.Subject, spec, FhirJson.Serialize(subscription), context.RequestAborted);
        context.Response.Headers.Location = BaseUrl(context) + "/Subscription/" + id;
        await FhirOutcome.WriteAsync(context, StatusCodes.Status201Created, Render(record));
    }

    private static async Task ReadAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        var record = await VisibleAsync(context, caller, store);
        if (record is not null)
        {
            context.Response.Headers.ETag = FhirResponses.ETag(record.VersionId);
            await FhirOutcome.WriteAsync(context, StatusCodes.Status200OK, Render(record));
        }
    }

    private static async Task ListAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        var bundle = new Bundle { Type = BundleType.Searchset, Id = Guid.CreateVersion7().ToString("D"), Timestamp = new FhirInstant(DateTimeOffset.UtcNow), Entry = [] };
        foreach (var record in await store.ListAsync(context.RequestAborted))
        {
            if (CanSee(caller, record))
            {
                bundle.Entry.Add(new BundleEntry { FullUrl = BaseUrl(context) + "/Subscription/" + record.Id, Resource = Render(record), Search = new BundleEntrySearch { Mode = SearchEntryMode.Match } });
            }
        }

        bundle.Total = bundle.Entry.Count;
        bundle.Link = [new BundleLink { Relation = "self", Url = BaseUrl(context) + "/Subscription" }];
        await FhirOutcome.WriteAsync(context, StatusCodes.Status200OK, bundle);
    }

    private static async Task UpdateAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        if (!caller.CanWrite("Subscription"))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "The token's scopes do not allow writing Subscription.");
            return;
        }

        var existing = await VisibleAsync(context, caller, store);
        if (existing is null)
        {
            return;
        }

        var (subscription, spec) = await ReadBodyAsync(context, caller, existing.Id);
        if (spec is null)
        {
            return;
        }

        subscription!.Meta = null;
        subscription.Error = null;
        var handshakeAgain = spec.Endpoint != existing.Spec.Endpoint || !spec.Headers.SequenceEqual(existing.Spec.Headers, StringComparer.Ordinal);
        var record = await store.UpdateAsync(existing.Id, spec, FhirJson.Serialize(subscription), handshakeAgain, context.RequestAborted);
        if (record is null)
        {
            await NotFoundAsync(context, existing.Id);
            return;
        }

        await FhirOutcome.WriteAsync(context, StatusCodes.Status200OK, Render(record));
    }

    private static async Task DeleteAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        if (!caller.CanWrite("Subscription"))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "The token's scopes do not allow writing Subscription.");
            return;
        }

        var existing = await VisibleAsync(context, caller, store);
        if (existing is not null)
        {
            await store.DeleteAsync(existing.Id, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
    }

    /// <summary>The subscription when the route id is well formed, it exists and the caller may see it; otherwise the answer is written.</summary>
    private static async Task<SubscriptionRecord?> VisibleAsync(HttpContext context, FhirCaller caller, INotificationStore store)
    {
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        if (!IdPattern().IsMatch(id))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "Not a FHIR id (1 to 64 of A-Z a-z 0-9 - .).");
            return null;
        }

        if (!caller.CanRead("Subscription"))
        {
            await FhirOutcome.ProblemAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, "The token's scopes do not allow reading Subscription.");
            return null;
        }

        var record = await store.GetAsync(id, context.RequestAborted);
        if (record is null || !CanSee(caller, record))
        {
            // Another practice's subscription is "not known", so its existence does not leak.
            await NotFoundAsync(context, id);
            return null;
        }

        return record;
    }

    private static bool CanSee(FhirCaller caller, SubscriptionRecord record)
        => caller.Organisation is null || string.Equals(record.OwnerOds, caller.Organisation, StringComparison.OrdinalIgnoreCase);

    private static Task NotFoundAsync(HttpContext context, string id)
        => FhirOutcome.ProblemAsync(context, StatusCodes.Status404NotFound, IssueType.NotFound, "Subscription/" + id + " is not known.");

    /// <summary>The stored resource with the server's view: id, version, status and the latest error.</summary>
    private static Subscription Render(SubscriptionRecord record)
    {
        FhirJson.TryParse<Subscription>(record.ResourceJson, out var subscription, out _);
        subscription!.Id = record.Id;
        subscription.Status = record.Status;
        subscription.Error = record.LastError;
        subscription.Meta = new Meta { VersionId = record.VersionId.ToString(System.Globalization.CultureInfo.InvariantCulture), LastUpdated = new FhirInstant(record.UpdatedAt) };
        return subscription;
    }

    private static string BaseUrl(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value.BaseUrl;
        return configured is not null
            ? configured.TrimEnd('/')
            : context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/fhir";
    }

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$")]
    private static partial Regex IdPattern();
}
