using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>
/// Reads and writes a required-binding enum as its exact, case-sensitive FHIR code. Member <c>i</c>
/// of <typeparamref name="T"/> is <c>codes[i]</c>; numbers and unknown codes are errors, so an
/// invalid code can neither be produced nor silently accepted.
/// </summary>
internal abstract class FhirCodeConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly string[] _codes;
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;

    protected FhirCodeConverter(string[] codes)
    {
        _codes = codes;
        _utf8 = new byte[codes.Length][];
        _encoded = new JsonEncodedText[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            // Compare against the raw code (the reader unescapes); write it with the same relaxed
            // escaping as everything else, so "<=" is written as is.
            _utf8[i] = Encoding.UTF8.GetBytes(codes[i]);
            _encoded[i] = JsonEncodedText.Encode(codes[i], JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        }
    }

    /// <summary>The FHIR code of <paramref name="value"/>.</summary>
    public string ToCode(T value) => _codes[ToIndex(value)];

    /// <summary>Finds the member whose code is exactly <paramref name="code"/>.</summary>
    public bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        for (var i = 0; i < _codes.Length; i++)
        {
            if (code.SequenceEqual(_codes[i]))
            {
                value = FromIndex(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            FhirJsonThrow.WrongToken("a JSON string holding a code");
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return FromIndex(i);
            }
        }

        FhirJsonThrow.InvalidCode(reader.GetString() ?? string.Empty, typeof(T).Name);
        return default;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(_encoded[ToIndex(value)]);

    /// <summary>Writes <c>"name":"code"</c> with both parts already encoded (the generated writers' path).</summary>
    public void Write(Utf8JsonWriter writer, JsonEncodedText name, T value)
        => writer.WriteString(name, _encoded[ToIndex(value)]);

    private static T FromIndex(int index) => Unsafe.As<int, T>(ref index);

    private int ToIndex(T value)
    {
        var index = Unsafe.As<T, int>(ref value);
        if ((uint)index >= (uint)_codes.Length)
        {
            ThrowUndefined(value);
        }

        return index;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowUndefined(T value)
        => throw new ArgumentOutOfRangeException(nameof(value), $"{typeof(T).Name} has no member with the value {Unsafe.As<T, int>(ref value)}.");
}
