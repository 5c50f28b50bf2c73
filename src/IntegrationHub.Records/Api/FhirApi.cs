using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Records;

/// <summary>The FHIR R4 REST API over the care record, under <c>/fhir</c>.</summary>
public static partial class FhirApi
{
    /// <summary>
    /// Maps <c>/fhir</c>: metadata, read, vread, _history, search, Patient/{id}/$everything and the GP medication
    /// transaction. Every call except metadata is authenticated by the API itself (no middleware needed) and
    /// every read of patient data is audited. Needs <see cref="CareRecordServiceCollectionExtensions.AddCareRecord"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/fhir");
        group.MapGet("/metadata", Metadata);
        group.MapGet("/{type}", context => Guarded(context, Search));
        group.MapGet("/Patient/{id}/$everything", context => Guarded(context, Everything));
        group.MapGet("/{type}/{id}", context => Guarded(context, Read));
        group.MapGet("/{type}/{id}/_history", context => Guarded(context, History));
        group.MapGet("/{type}/{id}/_history/{version}", context => Guarded(context, ReadVersion));
        group.MapPost("/", context => Guarded(context, Transaction));
        return app;
    }

    private static Task Metadata(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
        return FhirResponses.WriteAsync(context, StatusCodes.Status200OK, CapabilityStatementFactory.Create(BaseUrl(context, options), options.Auth, context.RequestServices.GetServices<ICapabilityContributor>()));
    }

    /// <summary>Authenticates, then runs the handler; never leaks exception text.</summary>
    private static async Task Guarded(HttpContext context, Func<HttpContext, FhirCaller, Task> handler)
    {
        var resolver = context.RequestServices.GetRequiredService<FhirCallerResolver>();
        var (caller, problem) = await resolver.ResolveAsync(context);
        if (caller is null)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status401Unauthorized, IssueType.Login, problem!);
            return;
        }

        await handler(context, caller);
    }

    private static async Task Read(HttpContext context, FhirCaller caller)
    {
        if (!TryRoute(context, caller, out var type, out var id))
        {
            await WriteRouteProblemAsync(context, caller);
            return;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var resource = await store.ReadAsync(type, id, context.RequestAborted);
        var visible = resource is not null && await CanSeeAsync(context, caller, resource);
        await AuditAsync(context, caller, "read", resource?.PatientId, type, id, !visible ? 404 : resource!.Deleted ? 410 : 200);
        if (!visible)
        {
            await NotFoundAsync(context, type, id);
        }
        else if (resource!.Deleted)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status410Gone, IssueType.Deleted, $"{type}/{id} has been deleted.");
        }
        else
        {
            await FhirResponses.WriteResourceAsync(context, StatusCodes.Status200OK, resource);
        }
    }

    private static async Task ReadVersion(HttpContext context, FhirCaller caller)
    {
        if (!TryRoute(context, caller, out var type, out var id))
        {
            await WriteRouteProblemAsync(context, caller);
            return;
        }

        if (!int.TryParse(context.Request.RouteValues["version"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "A version id is a positive whole number.");
            return;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var resource = await store.ReadVersionAsync(type, id, version, context.RequestAborted);
        var visible = resource is not null && await CanSeeAsync(context, caller, resource);
        await AuditAsync(context, caller, "vread", resource?.PatientId, type, id, visible ? (resource!.Deleted ? 410 : 200) : 404);
        if (!visible)
        {
            await NotFoundAsync(context, type, id + "/_history/" + version.ToString(CultureInfo.InvariantCulture));
        }
        else if (resource!.Deleted)
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status410Gone, IssueType.Deleted, $"Version {version} of {type}/{id} is a deletion.");
        }
        else
        {
            await FhirResponses.WriteResourceAsync(context, StatusCodes.Status200OK, resource);
        }
    }

    private static async Task History(HttpContext context, FhirCaller caller)
    {
        if (!TryRoute(context, caller, out var type, out var id))
        {
            await WriteRouteProblemAsync(context, caller);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var versions = await store.HistoryAsync(type, id, options.MaxPageSize, context.RequestAborted);
        var visible = versions.Count > 0 && await CanSeeAsync(context, caller, versions[0]);
        await AuditAsync(context, caller, "history", versions.Count > 0 ? versions[0].PatientId : null, type, id, visible ? 200 : 404);
        if (!visible)
        {
            await NotFoundAsync(context, type, id);
            return;
        }

        var baseUrl = BaseUrl(context, options);
        await FhirResponses.WriteHistoryAsync(context, baseUrl, versions, baseUrl + "/" + type + "/" + id + "/_history");
    }

    private static async Task Everything(HttpContext context, FhirCaller caller)
    {
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        if (!IdPattern().IsMatch(id))
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "Not a FHIR id.");
            return;
        }

        if (!caller.CanRead("Patient"))
        {
            await ForbiddenAsync(context, "Patient");
            return;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();

        // A merged-away record answers with the survivor's record: the person's data lives there now.
        var facts = await store.GetPatientFactsAsync(id, context.RequestAborted);
        var patientId = facts?.ReplacedBy ?? id;
        var visible = facts is not null && await CanSeePatientAsync(store, caller, patientId, context.RequestAborted);
        var resources = visible ? await store.EverythingAsync(patientId, context.RequestAborted) : [];
        await AuditAsync(context, caller, "everything", patientId, "Patient", patientId, resources.Count > 0 ? 200 : 404);
        if (resources.Count == 0)
        {
            await NotFoundAsync(context, "Patient", id);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
        var baseUrl = BaseUrl(context, options);
        await FhirResponses.WriteEverythingAsync(context, baseUrl, Readable(caller, resources), baseUrl + "/Patient/" + id + "/$everything");
    }

    private static async Task Search(HttpContext context, FhirCaller caller)
    {
        var type = context.Request.RouteValues["type"] as string ?? string.Empty;
        if (!SearchParameters.ByType.ContainsKey(type))
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status404NotFound, IssueType.NotSupported, $"Search is not supported for '{type}'.");
            return;
        }

        if (!caller.CanRead(type))
        {
            await ForbiddenAsync(context, type);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<CareRecordOptions>>().Value;
        if (!SearchRequestParser.TryParse(type, context.Request.Query, options, caller, out var query, out var problem))
        {
            await FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status400BadRequest, IssueType.NotSupported, problem);
            return;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var result = await store.SearchAsync(query, context.RequestAborted);
        result = result with { Included = Readable(caller, result.Included) };
        await AuditSearchAsync(context, caller, type, result);

        var baseUrl = BaseUrl(context, options);
        var self = baseUrl + "/" + type + QueryWithOffset(context.Request.Query, query.Offset, query.Count);
        var next = query.Offset + result.Matches.Count < result.Total && result.Matches.Count > 0
            ? baseUrl + "/" + type + QueryWithOffset(context.Request.Query, query.Offset + query.Count, query.Count)
            : null;
        await FhirResponses.WriteSearchsetAsync(context, baseUrl, result, self, next);
    }

    private static string QueryWithOffset(IQueryCollection query, int offset, int count)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        foreach (var (key, values) in query)
        {
            if (key is "_count" or SearchRequestParser.OffsetParameter)
            {
                continue;
            }

            foreach (var value in values)
            {
                parts.Add(new(key, value));
            }
        }

        parts.Add(new("_count", count.ToString(CultureInfo.InvariantCulture)));
        if (offset > 0)
        {
            parts.Add(new(SearchRequestParser.OffsetParameter, offset.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryString.Create(parts).ToUriComponent();
    }

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$")]
    private static partial Regex IdPattern();
}
