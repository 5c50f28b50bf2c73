using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Records;

public static partial class FhirApi
{
    /// <summary>Checks type, id and scope of an instance route; false means <see cref="WriteRouteProblemAsync"/> says why.</summary>
    private static bool TryRoute(HttpContext context, FhirCaller caller, out string type, out string id)
    {
        type = context.Request.RouteValues["type"] as string ?? string.Empty;
        id = context.Request.RouteValues["id"] as string ?? string.Empty;
        return SearchParameters.ReadableTypes.Contains(type) && IdPattern().IsMatch(id) && caller.CanRead(type);
    }

    private static Task WriteRouteProblemAsync(HttpContext context, FhirCaller caller)
    {
        var type = context.Request.RouteValues["type"] as string ?? string.Empty;
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        if (!SearchParameters.ReadableTypes.Contains(type))
        {
            return FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status404NotFound, IssueType.NotSupported, $"'{type}' is not a resource type this server holds.");
        }

        if (!IdPattern().IsMatch(id))
        {
            return FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status400BadRequest, IssueType.Value, "Not a FHIR id (1 to 64 of A-Z a-z 0-9 - .).");
        }

        return ForbiddenAsync(context, type);
    }

    private static Task ForbiddenAsync(HttpContext context, string type)
        => FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status403Forbidden, IssueType.Forbidden, $"The token's scopes do not allow reading {type}.");

    // Another practice's patient is "not found", not "forbidden": a 403 would confirm that the person is in the
    // record, and ids derive from NHS numbers, so existence itself must not leak.
    private static Task NotFoundAsync(HttpContext context, string type, string id)
        => FhirResponses.WriteOutcomeAsync(context, StatusCodes.Status404NotFound, IssueType.NotFound, $"{type}/{id} is not known.");

    private static async Task<bool> CanSeeAsync(HttpContext context, FhirCaller caller, StoredResource resource)
    {
        if (SearchParameters.SharedTypes.Contains(resource.ResourceType) || !caller.IsRestricted)
        {
            return true;
        }

        if (resource.PatientId is null)
        {
            return false;
        }

        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        return await CanSeePatientAsync(store, caller, resource.PatientId, context.RequestAborted);
    }

    /// <summary>An organisation caller sees patients registered with it (a merged-away record by its survivor's registration).</summary>
    private static async Task<bool> CanSeePatientAsync(ICareRecordStore store, FhirCaller caller, string patientId, CancellationToken cancellationToken)
    {
        if (!caller.IsRestricted)
        {
            return true;
        }

        var id = patientId;
        PatientAccessFacts? facts = null;
        for (var hop = 0; hop < 8; hop++)
        {
            facts = await store.GetPatientFactsAsync(id, cancellationToken);
            if (facts?.ReplacedBy is not { } next)
            {
                break;
            }

            id = next;
        }

        if (facts is null)
        {
            return false;
        }

        if (caller.Patient is not null && caller.Patient != id && caller.Patient != patientId)
        {
            return false;
        }

        return caller.Organisation is null || string.Equals(facts.GpPracticeOds, caller.Organisation, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Drops resources whose type the token's scopes do not cover (from $everything and includes).</summary>
    private static List<StoredResource> Readable(FhirCaller caller, IReadOnlyList<StoredResource> resources)
    {
        var list = new List<StoredResource>(resources.Count);
        foreach (var resource in resources)
        {
            if (caller.CanRead(resource.ResourceType))
            {
                list.Add(resource);
            }
        }

        return list;
    }

    private static Task AuditAsync(HttpContext context, FhirCaller caller, string action, string? patientId, string? type, string? id, int status)
    {
        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var entry = new AuditEntry(time.GetUtcNow(), caller.Subject, caller.Organisation, action, RequestText(context), patientId, type, id, status);
        return store.AuditAsync([entry], context.RequestAborted);
    }

    /// <summary>One audit row per patient whose data the page returned (one row without a patient when it returned none).</summary>
    private static Task AuditSearchAsync(HttpContext context, FhirCaller caller, string type, SearchResult result)
    {
        var store = context.RequestServices.GetRequiredService<ICareRecordStore>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var request = RequestText(context);
        var patients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in result.Matches)
        {
            if (resource.PatientId is { } id)
            {
                patients.Add(id);
            }
        }

        foreach (var resource in result.Included)
        {
            if (resource.PatientId is { } id)
            {
                patients.Add(id);
            }
        }

        var entries = new List<AuditEntry>(Math.Max(1, patients.Count));
        foreach (var patient in patients)
        {
            entries.Add(new AuditEntry(now, caller.Subject, caller.Organisation, "search", request, patient, type, null, 200));
        }

        if (entries.Count == 0)
        {
            entries.Add(new AuditEntry(now, caller.Subject, caller.Organisation, "search", request, null, type, null, 200));
        }

        return store.AuditAsync(entries, context.RequestAborted);
    }

    // The path and query as asked (a search may name an NHS number: the audit table is where that belongs).
    private static string RequestText(HttpContext context) => context.Request.Method + " " + context.Request.Path + context.Request.QueryString;

    private static string BaseUrl(HttpContext context, CareRecordOptions options)
        => options.BaseUrl?.TrimEnd('/') ?? context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase + "/fhir";
}
