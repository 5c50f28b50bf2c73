using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationHub.Fhir;

/// <summary>
/// After a failed read, walks the whole document against the source-generated metadata to report
/// every problem it can see (unknown elements, wrong JSON kinds, bad codes and formats, missing
/// required elements), not only the first one the serializer stopped at. Failure path only.
/// </summary>
internal static class FhirJsonScanner
{
    private const int MaxIssues = 100;
    private static readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> PropertyMaps = new();
    private static readonly Lazy<Dictionary<string, Type>> ResourceTypes = new(LoadResourceTypes);

    public static List<FhirIssue> Scan(ReadOnlySpan<byte> utf8, string root)
    {
        var issues = new List<FhirIssue>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = FhirJson.Options.MaxDepth });
        try
        {
            if (reader.Read())
            {
                ScanValue(ref reader, FhirJson.Options.GetTypeInfo(typeof(Resource)), null, root, issues);
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the serializer's own issue says where; keep what was found before it.
        }

        return issues;
    }

    private static void ScanValue(ref Utf8JsonReader reader, JsonTypeInfo typeInfo, JsonPropertyInfo? property, string path, List<FhirIssue> issues)
    {
        if (issues.Count >= MaxIssues)
        {
            reader.Skip();
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                ScanArray(ref reader, typeInfo, path, issues);
                return;
            case JsonTypeInfoKind.Object:
                ScanObject(ref reader, typeInfo, path, issues);
                return;
            default:
                ScanPrimitive(ref reader, typeInfo, property, path, issues);
                return;
        }
    }

    private static void ScanArray(ref Utf8JsonReader reader, JsonTypeInfo typeInfo, string path, List<FhirIssue> issues)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Add(issues, IssueType.Structure, path, "Expected a JSON array.");
            reader.Skip();
            return;
        }

        var itemInfo = FhirJson.Options.GetTypeInfo(typeInfo.ElementType!);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // Nulls are how primitive arrays line up with their _name arrays.
            if (reader.TokenType != JsonTokenType.Null)
            {
                ScanValue(ref reader, itemInfo, null, $"{path}[{index}]", issues);
            }

            index++;
        }
    }

    private static void ScanObject(ref Utf8JsonReader reader, JsonTypeInfo typeInfo, string path, List<FhirIssue> issues)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Add(issues, IssueType.Structure, path, "Expected a JSON object.");
            reader.Skip();
            return;
        }

        if (typeInfo.Type == typeof(Resource))
        {
            var name = PeekResourceType(reader);
            if (name is null || !ResourceTypes.Value.TryGetValue(name, out var concrete))
            {
                Add(issues, name is null ? IssueType.Structure : IssueType.NotSupported, path, name is null
                    ? "A resource must have a resourceType naming a concrete resource type."
                    : $"Unknown or unsupported resource type '{name}'.");
                reader.Skip();
                return;
            }

            typeInfo = FhirJson.Options.GetTypeInfo(concrete);
        }

        var properties = PropertyMaps.GetOrAdd(typeInfo, static info => MapProperties(info));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == "resourceType" && typeof(Resource).IsAssignableFrom(typeInfo.Type))
            {
                reader.Skip();
                continue;
            }

            if (!properties.TryGetValue(name, out var property))
            {
                Add(issues, IssueType.Structure, path + "." + name, $"Unknown element '{name}'.");
                reader.Skip();
                continue;
            }

            seen.Add(name);
            if (reader.TokenType == JsonTokenType.Null)
            {
                Add(issues, IssueType.Structure, path + "." + name, "Null is not allowed here; leave the element out instead.");
                continue;
            }

            ScanValue(ref reader, FhirJson.Options.GetTypeInfo(property.PropertyType), property, path + "." + name, issues);
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                Add(issues, IssueType.Required, path, $"Required element missing: '{property.Name}'.");
            }
        }
    }

    private static void ScanPrimitive(ref Utf8JsonReader reader, JsonTypeInfo typeInfo, JsonPropertyInfo? property, string path, List<FhirIssue> issues)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Add(issues, IssueType.Structure, path, "The JSON value has the wrong type for this element.");
            reader.Skip();
            return;
        }

        // Read a copy so the walk goes on whatever the converter does with the reader.
        var copy = reader;
        try
        {
            // A property-level converter (id, code, uri, positiveInt ...) is not part of the type's metadata.
            if (property?.CustomConverter is JsonConverter<string> text)
            {
                text.Read(ref copy, typeof(string), FhirJson.Options);
            }
            else if (property?.CustomConverter is JsonConverter<int> number)
            {
                number.Read(ref copy, typeof(int), FhirJson.Options);
            }
            else
            {
                JsonSerializer.Deserialize(ref copy, typeInfo);
            }
        }
        catch (FhirJsonException ex)
        {
            Add(issues, ex.Code, path, ex.Message);
        }
        catch (JsonException)
        {
            Add(issues, IssueType.Structure, path, "The JSON value has the wrong type for this element.");
        }
    }

    private static string? PeekResourceType(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResourceType = reader.ValueTextEquals("resourceType"u8);
            reader.Read();
            if (isResourceType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    private static Dictionary<string, JsonPropertyInfo> MapProperties(JsonTypeInfo typeInfo)
    {
        var map = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is not null && property.Set is not null)
            {
                map[property.Name] = property;
            }
        }

        return map;
    }

    private static Dictionary<string, Type> LoadResourceTypes()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var derived in FhirJson.Options.GetTypeInfo(typeof(Resource)).PolymorphismOptions!.DerivedTypes)
        {
            map[(string)derived.TypeDiscriminator!] = derived.DerivedType;
        }

        return map;
    }

    private static void Add(List<FhirIssue> issues, IssueType code, string path, string message)
    {
        if (issues.Count < MaxIssues)
        {
            issues.Add(new FhirIssue(IssueSeverity.Error, code, path, message));
        }
    }
}
