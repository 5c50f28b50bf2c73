using IntegrationHub.Fhir;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Notifications.Api;

/// <summary>FHIR JSON responses of the Subscription API: resources, raw Bundles and OperationOutcomes.</summary>
internal static class FhirOutcome
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int status, Resource resource)
        => WriteRawAsync(context, status, FhirJson.Serialize(resource));

    public static Task WriteRawAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    public static Task ProblemAsync(HttpContext context, int status, IssueType code, string diagnostics)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            // RFC 6750: say which scheme and why, so a client knows to fetch (or refresh) a token.
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"fhir\", error=\"invalid_token\", error_description=\"" + diagnostics.Replace("\"", "'", StringComparison.Ordinal) + "\"";
        }

        var severity = status >= 500 ? IssueSeverity.Fatal : IssueSeverity.Error;
        return WriteAsync(context, status, OperationOutcome.FromIssue(severity, code, diagnostics));
    }
}
