using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace IntegrationHub.Fhir;

/// <summary>
/// The primitive value writes of the generated JSON writers. They go through the same converters as
/// the serializer, so a default (uninitialised) date or decimal fails the same way and the text is
/// written exactly as kept.
/// </summary>
internal static class FhirJsonValues
{
    private static readonly FhirDateConverter Date = new();
    private static readonly FhirDateTimeConverter DateTime = new();
    private static readonly FhirInstantConverter Instant = new();
    private static readonly FhirTimeConverter Time = new();
    private static readonly FhirDecimalConverter Decimal = new();

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, FhirDate value)
    {
        writer.WritePropertyName(name);
        Date.Write(writer, value, FhirJson.Options);
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, FhirDateTime value)
    {
        writer.WritePropertyName(name);
        DateTime.Write(writer, value, FhirJson.Options);
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, FhirInstant value)
    {
        writer.WritePropertyName(name);
        Instant.Write(writer, value, FhirJson.Options);
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, FhirTime value)
    {
        writer.WritePropertyName(name);
        Time.Write(writer, value, FhirJson.Options);
    }

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, FhirDecimal value)
    {
        writer.WritePropertyName(name);
        Decimal.Write(writer, value, FhirJson.Options);
    }

    /// <summary>A string list whose items are written as they are (null as null); the caller left out an all-empty one.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var item in values)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(item);
            }
        }

        writer.WriteEndArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, FhirDateTime value) => DateTime.Write(writer, value, FhirJson.Options);

    public static void WriteValue(Utf8JsonWriter writer, FhirTime value) => Time.Write(writer, value, FhirJson.Options);

    /// <summary>Same refusal as the serializer's for a resource class that is not a known derived type.</summary>
    [DoesNotReturn]
    public static void ThrowUnknownResource(Resource value)
        => throw new NotSupportedException($"Runtime type '{value.GetType()}' is not supported by polymorphic type '{typeof(Resource)}'.");
}
