using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR positiveInt (1 or more) and unsignedInt (0 or more): a JSON integer with a lower bound.</summary>
internal abstract class FhirIntegerConverter(string fhirType, int minimum) : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            FhirJsonThrow.WrongToken($"a JSON integer holding a FHIR {fhirType}");
            return 0;
        }

        if (value < minimum)
        {
            FhirJsonThrow.InvalidFormat(fhirType, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
