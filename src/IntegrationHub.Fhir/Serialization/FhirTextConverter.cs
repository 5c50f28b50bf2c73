using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>Shared shape of the date, dateTime, instant and time converters: a JSON string checked against the FHIR grammar.</summary>
internal abstract class FhirTextConverter<T> : JsonConverter<T>
    where T : struct
{
    protected abstract string FhirType { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            FhirJsonThrow.WrongToken($"a JSON string holding a FHIR {FhirType}");
        }

        var text = reader.GetString()!;
        if (!TryCreate(text, out var value))
        {
            FhirJsonThrow.InvalidFormat(FhirType, text);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var text = GetText(value);
        if (text is null)
        {
            ThrowDefault();
        }

        writer.WriteStringValue(text);
    }

    protected abstract bool TryCreate(string text, out T value);

    protected abstract string? GetText(T value);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowDefault()
        => throw new InvalidOperationException($"A default (uninitialised) FHIR {FhirType} cannot be written.");
}
