using System.Text.Json;

namespace IntegrationHub.Fhir;

/// <summary>
/// A read error raised by the model's own converters and setters. It derives from
/// <see cref="JsonException"/> so the serializer fills in <see cref="JsonException.Path"/>; the
/// <see cref="Code"/> becomes the issue type of the resulting <see cref="FhirIssue"/>.
/// </summary>
internal sealed class FhirJsonException(IssueType code, string message) : JsonException(message)
{
    public IssueType Code { get; } = code;
}
