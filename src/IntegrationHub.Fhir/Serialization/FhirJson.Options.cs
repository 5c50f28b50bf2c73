using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationHub.Fhir;

/// <summary>Options and the pre-scan used for issue locations.</summary>
public static partial class FhirJson
{
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(FhirJsonContext.Default.Options)
        {
            TypeInfoResolver = FhirJsonContext.Default.WithAddedModifier(LeaveOutEmpty),
            AllowDuplicateProperties = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 128,
        };
        options.MakeReadOnly();
        return options;
    }

    // FHIR forbids empty arrays, empty strings and empty objects. A ShouldSerialize replaces the
    // WhenWritingNull condition for that property, so each predicate also says no to null. The
    // lambdas are static (cached by the compiler): static fields would not yet be set when the
    // static constructor resolves the Resource metadata.
    private static void LeaveOutEmpty(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var type = property.PropertyType;
            if (type == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is string { Length: > 0 };
            }
            else if (typeof(Element).IsAssignableFrom(type) || typeof(IList).IsAssignableFrom(type))
            {
                property.ShouldSerialize = static (_, value) => HasContent(value);
            }
        }
    }

    /// <summary>
    /// Whether writing <paramref name="value"/> would produce anything: an element with only empty
    /// members is left out rather than written as <c>{}</c>. Each element is asked once per ancestor,
    /// so the cost grows with depth, not with size squared.
    /// </summary>
    private static bool HasContent(object? value)
    {
        switch (value)
        {
            case null:
                return false;
            case string text:
                return text.Length > 0;
            case Resource:
                return true;
            case IList list:
                foreach (var item in list)
                {
                    if (HasContent(item))
                    {
                        return true;
                    }
                }

                return false;
            case Element element:
                foreach (var property in Options.GetTypeInfo(element.GetType()).Properties)
                {
                    if (property.Get is not { } get)
                    {
                        continue;
                    }

                    var member = get(element);
                    if (property.ShouldSerialize is { } shouldSerialize ? shouldSerialize(element, member) : member is not null)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    // The top-level resourceType, for issue locations; null when the JSON is too broken to tell.
    private static string? PeekResourceType(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isResourceType = reader.ValueTextEquals("resourceType"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isResourceType && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
