using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>
/// A string primitive with a grammar of its own (id, code, uri, oid, uuid, base64Binary). Put on a
/// property with <c>[JsonConverter]</c>; a value outside the grammar is a read error with its path.
/// Writing is not checked: the model accepts what the caller sets, the validator judges output.
/// </summary>
internal abstract class FhirFormattedStringConverter : JsonConverter<string>
{
    protected abstract string FhirType { get; }

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            FhirJsonThrow.WrongToken($"a JSON string holding a FHIR {FhirType}");
        }

        var value = reader.GetString()!;
        if (value.Length == 0)
        {
            FhirJsonThrow.EmptyString();
        }

        if (!IsValid(value))
        {
            FhirJsonThrow.InvalidFormat(FhirType, value);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);

    protected abstract bool IsValid(ReadOnlySpan<char> value);
}
