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

    // FHIR forbids empty arrays and empty objects. A ShouldSerialize replaces the WhenWritingNull
    // condition for that property, so each predicate also says no to null.
    // The lambdas are static (cached by the compiler): static fields would not yet be set when the
    // static constructor resolves the Resource metadata.
    private static void LeaveOutEmpty(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var type = property.PropertyType;
            if (type == typeof(PrimitiveElement))
            {
                property.ShouldSerialize = static (_, value) => value is PrimitiveElement { IsEmpty: false };
            }
            else if (type == typeof(List<PrimitiveElement?>))
            {
                property.ShouldSerialize = static (_, value) => !AllEmpty(value as IList);
            }
            else if (type == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => value is string { Length: > 0 };
            }
            else if (typeof(IList).IsAssignableFrom(type))
            {
                property.ShouldSerialize = static (_, value) => value is IList { Count: > 0 };
            }
        }
    }

    private static bool AllEmpty(IList? list)
    {
        if (list is null)
        {
            return true;
        }

        foreach (var item in list)
        {
            if (item is PrimitiveElement { IsEmpty: false })
            {
                return false;
            }
        }

        return true;
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
