using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Fhir;

/// <summary>
/// FHIR codes of the required-binding enums, for code that is not JSON (mapping tables, search
/// parameters): <c>FhirCode.ToCode(EncounterStatus.InProgress)</c> is <c>"in-progress"</c>.
/// </summary>
public static class FhirCode
{
    /// <summary>The exact FHIR code of <paramref name="value"/>.</summary>
    public static string ToCode<T>(T value)
        where T : struct, Enum
        => Table<T>.Converter.ToCode(value);

    /// <summary>The member whose FHIR code is exactly <paramref name="code"/> (case-sensitive).</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> code, out T value)
        where T : struct, Enum
        => Table<T>.Converter.TryParse(code, out value);

    /// <summary>The member whose FHIR code is exactly <paramref name="code"/>, or <see cref="FormatException"/>.</summary>
    public static T Parse<T>(string code)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!TryParse<T>(code, out var value))
        {
            ThrowUnknown(code, typeof(T).Name);
        }

        return value;
    }

    /// <summary>Writes <c>"name":"code"</c> for the generated JSON writers.</summary>
    internal static void Write<T>(System.Text.Json.Utf8JsonWriter writer, System.Text.Json.JsonEncodedText name, T value)
        where T : struct, Enum
        => Table<T>.Converter.Write(writer, name, value);

    /// <summary>Writes the code as an array item for the generated JSON writers.</summary>
    internal static void WriteValue<T>(System.Text.Json.Utf8JsonWriter writer, T value)
        where T : struct, Enum
        => Table<T>.Converter.Write(writer, value, FhirJson.Options);

    [DoesNotReturn]
    private static void ThrowUnknown(string code, string type)
        => throw new FormatException($"'{code}' is not a code of {type}.");

    // The converter is the single table of codes; the source-generated metadata hands it over
    // without reflection. Resolved on first use so a wrong T is an ArgumentException, not a
    // TypeInitializationException.
    private static class Table<T>
        where T : struct, Enum
    {
        private static FhirCodeConverter<T>? _converter;

        public static FhirCodeConverter<T> Converter => _converter ??= Resolve();

        private static FhirCodeConverter<T> Resolve()
            => FhirJson.Options.TryGetTypeInfo(typeof(T), out var info) && info.Converter is FhirCodeConverter<T> converter
                ? converter
                : throw new ArgumentException($"{typeof(T).Name} is not a FHIR code enum of this model.");
    }
}
