using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>Reads a JSON number's own text and writes it back untouched, so precision survives a round trip.</summary>
internal sealed class FhirDecimalConverter : JsonConverter<FhirDecimal>
{
    public override FhirDecimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            FhirJsonThrow.WrongToken("a JSON number holding a FHIR decimal");
        }

        // A JSON number token is never escaped and always matches the FHIR decimal grammar.
        var text = reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
        FhirDecimal.TryParse(text, out var value);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, FhirDecimal value, JsonSerializerOptions options)
    {
        if (value.Text is null)
        {
            ThrowDefault();
        }

        writer.WriteRawValue(value.Text, skipInputValidation: true);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDefault()
        => throw new InvalidOperationException("A default (uninitialised) FHIR decimal cannot be written.");
}
