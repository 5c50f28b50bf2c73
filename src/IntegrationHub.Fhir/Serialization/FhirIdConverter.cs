using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>Reads a resource id and checks the R4 id grammar, <c>[A-Za-z0-9\-\.]{1,64}</c>.</summary>
internal sealed class FhirIdConverter : JsonConverter<string>
{
    public const int MaxLength = 64;

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            FhirJsonThrow.WrongToken("a JSON string holding a FHIR id");
        }

        var id = reader.GetString()!;
        if (!IsValid(id))
        {
            FhirJsonThrow.InvalidFormat("id (1 to 64 letters, digits, '-' or '.')", id);
        }

        return id;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);
}
