using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>Strings as FHIR wants them: a JSON string token, never empty (FHIR forbids <c>""</c>).</summary>
internal sealed class FhirStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            FhirJsonThrow.WrongToken("a JSON string");
        }

        var value = reader.GetString()!;
        if (value.Length == 0)
        {
            FhirJsonThrow.EmptyString();
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);
}
