using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationHub.Fhir;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Records.Api;

/// <summary>
/// Writing FHIR JSON responses. Stored resources are written as they are stored (raw JSON spliced into the
/// Bundle with <see cref="Utf8JsonWriter.WriteRawValue(string, bool)"/>), so a search or $everything never parses
/// what it returns.
/// </summary>
internal static class FhirResponses
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static Task WriteResourceAsync(HttpContext context, int status, StoredResource resource)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.Headers.ETag = ETag(resource.VersionId);
        context.Response.Headers.LastModified = resource.LastUpdated.ToString("R", CultureInfo.InvariantCulture);
        return context.Response.WriteAsync(resource.Json, context.RequestAborted);
    }

    public static async Task WriteAsync(HttpContext context, int status, Resource resource)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        var writer = context.Response.BodyWriter;
        FhirJson.Serialize(writer, resource);
        await writer.FlushAsync(context.RequestAborted);
    }

    public static Task WriteOutcomeAsync(HttpContext context, int status, IssueType code, string diagnostics)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            // RFC 6750: say which scheme and why, so a client knows to fetch (or refresh) a token.
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"fhir\", error=\"invalid_token\", error_description=\"" + diagnostics.Replace("\"", "'", StringComparison.Ordinal) + "\"";
        }

        var severity = status >= 500 ? IssueSeverity.Fatal : IssueSeverity.Error;
        return WriteAsync(context, status, OperationOutcome.FromIssue(severity, code, diagnostics));
    }

    public static string ETag(int versionId) => "W/\"" + versionId.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>A searchset Bundle: matches then includes, total, self and next links.</summary>
    public static async Task WriteSearchsetAsync(HttpContext context, string baseUrl, SearchResult result, string selfUrl, string? nextUrl)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "searchset");
            writer.WriteNumber("total", result.Total);
            writer.WriteStartArray("link");
            WriteLink(writer, "self", selfUrl);
            if (nextUrl is not null)
            {
                WriteLink(writer, "next", nextUrl);
            }

            writer.WriteEndArray();
            if (result.Matches.Count + result.Included.Count > 0)
            {
                writer.WriteStartArray("entry");
                foreach (var match in result.Matches)
                {
                    WriteEntry(writer, baseUrl, match, "match");
                }

                foreach (var included in result.Included)
                {
                    WriteEntry(writer, baseUrl, included, "include");
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>The $everything answer: a searchset of the compartment and what it references.</summary>
    public static Task WriteEverythingAsync(HttpContext context, string baseUrl, IReadOnlyList<StoredResource> resources, string selfUrl)
        => WriteSearchsetAsync(context, baseUrl, new SearchResult(resources.Count, resources, []), selfUrl, null);

    /// <summary>A history Bundle, newest version first, each entry with its request and response as R4 requires.</summary>
    public static async Task WriteHistoryAsync(HttpContext context, string baseUrl, IReadOnlyList<StoredResource> versions, string selfUrl)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "history");
            writer.WriteNumber("total", versions.Count);
            writer.WriteStartArray("link");
            WriteLink(writer, "self", selfUrl);
            writer.WriteEndArray();
            if (versions.Count > 0)
            {
                writer.WriteStartArray("entry");
                foreach (var version in versions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("fullUrl", baseUrl + "/" + version.ResourceType + "/" + version.Id);
                    if (!version.Deleted)
                    {
                        writer.WritePropertyName("resource");
                        writer.WriteRawValue(version.Json, skipInputValidation: true);
                    }

                    writer.WriteStartObject("request");
                    writer.WriteString("method", version.Deleted ? "DELETE" : version.VersionId == 1 ? "POST" : "PUT");
                    writer.WriteString("url", version.VersionId == 1 && !version.Deleted ? version.ResourceType : version.ResourceType + "/" + version.Id);
                    writer.WriteEndObject();
                    writer.WriteStartObject("response");
                    writer.WriteString("status", version.Deleted ? "204" : version.VersionId == 1 ? "201" : "200");
                    writer.WriteString("etag", ETag(version.VersionId));
                    writer.WriteString("lastModified", version.LastUpdated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static void WriteEntry(Utf8JsonWriter writer, string baseUrl, StoredResource resource, string mode)
    {
        writer.WriteStartObject();
        writer.WriteString("fullUrl", baseUrl + "/" + resource.ResourceType + "/" + resource.Id);
        writer.WritePropertyName("resource");
        writer.WriteRawValue(resource.Json, skipInputValidation: true);
        writer.WriteStartObject("search");
        writer.WriteString("mode", mode);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter writer, string relation, string url)
    {
        writer.WriteStartObject();
        writer.WriteString("relation", relation);
        writer.WriteString("url", url);
        writer.WriteEndObject();
    }
}
