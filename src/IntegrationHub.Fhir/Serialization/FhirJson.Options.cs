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

    // Whether writing the value would produce anything. Elements answer for themselves (generated
    // IsEmpty); lists are asked item by item without boxing value-type items.
    private static bool HasContent(object? value) => value switch
    {
        null => false,
        Element element => !element.IsEmpty,
        List<string> strings => !FhirContent.NoStrings(strings),
        IEnumerable<Element?> elements => HasElement(elements),
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    private static bool HasElement(IEnumerable<Element?> elements)
    {
        foreach (var element in elements)
        {
            if (element is { IsEmpty: false })
            {
                return true;
            }
        }

        return false;
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
