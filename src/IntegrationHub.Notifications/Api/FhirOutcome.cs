using IntegrationHub.Fhir;
using IntegrationHub.Records.Api;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Notifications.Api;

/// <summary>
/// FHIR JSON responses of the Subscription API: the FHIR API's own writers (<see cref="FhirResponses"/>), so both
/// answer with the same content type, OperationOutcome shape and 401 challenge; plus raw stored JSON.
/// </summary>
internal static class FhirOutcome
{
    public static Task WriteAsync(HttpContext context, int status, Resource resource)
        => FhirResponses.WriteAsync(context, status, resource);

    public static Task WriteRawAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = FhirResponses.ContentType;
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    public static Task ProblemAsync(HttpContext context, int status, IssueType code, string diagnostics)
        => FhirResponses.WriteOutcomeAsync(context, status, code, diagnostics);
}
