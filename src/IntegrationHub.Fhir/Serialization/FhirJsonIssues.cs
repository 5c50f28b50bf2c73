using System.Text.Json;

namespace IntegrationHub.Fhir;

/// <summary>Turns the serializer's exceptions into <see cref="FhirIssue"/>s with FHIR-style paths and plain messages.</summary>
internal static class FhirJsonIssues
{
    private const string PathMarker = " Path: ";

    public static FhirIssue FromJsonException(JsonException ex, string? rootType)
    {
        var expression = ToExpression(ex.Path, rootType);
        if (ex is FhirJsonException fhir)
        {
            return new FhirIssue(IssueSeverity.Error, fhir.Code, expression, fhir.Message);
        }

        var message = StripLocation(ex.Message);
        var code = IssueType.Structure;
        if (TryQuoted(message, "The JSON property '", "could not be mapped", out var name))
        {
            message = $"Unknown element '{name}'.";
            expression = expression.EndsWith("." + name, StringComparison.Ordinal) ? expression : expression + "." + name;
        }
        else if (TryQuoted(message, "Read unrecognized type discriminator id '", string.Empty, out var type))
        {
            message = $"Unknown or unsupported resource type '{type}'.";
            code = IssueType.NotSupported;
        }
        else if (TryQuoted(message, "Duplicate property '", string.Empty, out var duplicate))
        {
            message = $"The property '{duplicate}' appears more than once.";
        }
        else if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            code = IssueType.Required;
            var at = message.IndexOf("including:", StringComparison.Ordinal);
            message = at < 0 ? "A required element is missing." : "Required element missing: " + message[(at + "including:".Length)..].Trim().TrimEnd('.') + ".";
        }
        else if (message.Contains("could not be converted", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
        {
            message = "The JSON value has the wrong type for this element.";
        }
        else if (ex.InnerException is not null)
        {
            message = "The content is not valid JSON: " + StripLocation(ex.InnerException.Message);
        }

        return new FhirIssue(IssueSeverity.Error, code, expression, message);
    }

    public static FhirIssue FromNotSupported(NotSupportedException ex, string? rootType)
    {
        var at = ex.Message.IndexOf(PathMarker, StringComparison.Ordinal);
        string? path = null;
        if (at >= 0)
        {
            var rest = ex.Message[(at + PathMarker.Length)..];
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            path = end < 0 ? rest.TrimEnd('.') : rest[..end];
        }

        return new FhirIssue(
            IssueSeverity.Error,
            IssueType.Structure,
            ToExpression(path, rootType),
            "A resource must have a resourceType naming a concrete resource type.");
    }

    // "$.entry[0].resource.name[0]" -> "Bundle.entry[0].resource.name[0]"; "$['odd']" keeps its brackets.
    private static string ToExpression(string? path, string? rootType)
    {
        var root = rootType ?? "Resource";
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return root;
        }

        return path.StartsWith('$') ? root + path[1..] : root + "." + path;
    }

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(PathMarker, StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private static bool TryQuoted(string message, string prefix, string mustContain, out string value)
    {
        value = string.Empty;
        if (!message.StartsWith(prefix, StringComparison.Ordinal) || !message.Contains(mustContain, StringComparison.Ordinal))
        {
            return false;
        }

        var end = message.IndexOf('\'', prefix.Length);
        if (end < 0)
        {
            return false;
        }

        value = message[prefix.Length..end];
        return true;
    }
}
