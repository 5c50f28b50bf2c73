using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>
/// A FHIR decimal kept as its JSON number text, so <c>1.50</c> stays <c>1.50</c> (FHIR gives
/// trailing zeros meaning: precision) and exponents or very long values are not rounded.
/// </summary>
[JsonConverter(typeof(FhirDecimalConverter))]
public readonly struct FhirDecimal : IEquatable<FhirDecimal>
{
    private FhirDecimal(string text) => Text = text;

    /// <summary>A decimal with the scale of <paramref name="value"/> (<c>1.50m</c> is written <c>1.50</c>).</summary>
    public FhirDecimal(decimal value)
        : this(value.ToString(CultureInfo.InvariantCulture))
    {
    }

    /// <summary>The number text; null only for <c>default</c>.</summary>
    internal string? Text { get; }

    /// <summary>The value as a <see cref="decimal"/>; false when it does not fit (or for <c>default</c>).</summary>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0;
        return Text is not null && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses the FHIR decimal grammar, which is the JSON number grammar.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FhirDecimal value)
    {
        if (text is not null && IsNumber(text))
        {
            value = new FhirDecimal(text);
            return true;
        }

        value = default;
        return false;
    }

    public static implicit operator FhirDecimal(decimal value) => new(value);

    public static bool operator ==(FhirDecimal left, FhirDecimal right) => left.Equals(right);

    public static bool operator !=(FhirDecimal left, FhirDecimal right) => !left.Equals(right);

    public bool Equals(FhirDecimal other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FhirDecimal other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The number exactly as it will be written.</summary>
    public override string ToString() => Text ?? string.Empty;

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(s, i);
        }

        if (i < s.Length && s[i] == '.')
        {
            var start = i + 1;
            i = SkipDigits(s, start);
            if (i == start)
            {
                return false;
            }
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            var start = i;
            i = SkipDigits(s, start);
            if (i == start)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
