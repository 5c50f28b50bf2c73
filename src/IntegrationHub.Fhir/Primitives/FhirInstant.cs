using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>A FHIR instant: a full date and time to the second (or finer) with a UTC offset, kept as written.</summary>
[JsonConverter(typeof(FhirInstantConverter))]
public readonly struct FhirInstant : IEquatable<FhirInstant>
{
    private FhirInstant(string text) => Text = text;

    /// <summary>An instant with milliseconds only when there are any; a zero offset is written <c>Z</c>.</summary>
    public FhirInstant(DateTimeOffset value)
        : this(FhirDateTime.FormatTime(value))
    {
    }

    /// <summary>The FHIR text; null only for <c>default</c>.</summary>
    internal string? Text { get; }

    /// <summary>Parses the FHIR instant grammar exactly.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FhirInstant value)
    {
        if (text is not null && FhirTemporalGrammar.TryParseInstant(text))
        {
            value = new FhirInstant(text);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses the FHIR instant grammar or throws <see cref="FormatException"/>.</summary>
    public static FhirInstant Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            FhirJsonThrow.InvalidFormat("instant");
        }

        return value;
    }

    /// <summary>The instant as a <see cref="DateTimeOffset"/> (false only for a leap second or <c>default</c>).</summary>
    public bool TryGetDateTimeOffset(out DateTimeOffset value)
    {
        if (Text is not null)
        {
            return DateTimeOffset.TryParse(Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        value = default;
        return false;
    }

    public static bool operator ==(FhirInstant left, FhirInstant right) => left.Equals(right);

    public static bool operator !=(FhirInstant left, FhirInstant right) => !left.Equals(right);

    public bool Equals(FhirInstant other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FhirInstant other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The FHIR text, e.g. <c>2024-03-01T09:30:00Z</c>.</summary>
    public override string ToString() => Text ?? string.Empty;
}
