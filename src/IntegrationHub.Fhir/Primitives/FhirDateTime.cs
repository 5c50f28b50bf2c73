using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>
/// A FHIR dateTime kept as written: a year, a year-month, a date, or a date and time to the second
/// (or finer) with a UTC offset. HL7 v2 timestamps of any precision map here without invented digits.
/// </summary>
[JsonConverter(typeof(FhirDateTimeConverter))]
public readonly struct FhirDateTime : IEquatable<FhirDateTime>
{
    private FhirDateTime(string text, FhirDatePrecision precision)
    {
        Text = text;
        Precision = precision;
    }

    /// <summary>A dateTime with the precision of <paramref name="date"/>.</summary>
    public FhirDateTime(FhirDate date)
        : this(date.Text ?? throw new ArgumentException("A default FhirDate has no value.", nameof(date)), date.Precision)
    {
    }

    /// <summary>A dateTime to the second, with milliseconds only when there are any; a zero offset is written <c>Z</c>.</summary>
    public FhirDateTime(DateTimeOffset value)
        : this(FormatTime(value), FhirDatePrecision.Time)
    {
    }

    /// <summary>How much of the dateTime is known.</summary>
    public FhirDatePrecision Precision { get; }

    /// <summary>The FHIR text; null only for <c>default</c>.</summary>
    internal string? Text { get; }

    /// <summary>Parses the FHIR dateTime grammar exactly; false for anything else, including impossible dates.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FhirDateTime value)
    {
        if (text is not null && FhirTemporalGrammar.TryParseDateTime(text, out var precision))
        {
            value = new FhirDateTime(text, precision);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses the FHIR dateTime grammar or throws <see cref="FormatException"/>.</summary>
    public static FhirDateTime Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            FhirJsonThrow.InvalidFormat("dateTime");
        }

        return value;
    }

    /// <summary>The instant in time, when the value has a time (and so an offset).</summary>
    public bool TryGetDateTimeOffset(out DateTimeOffset value)
    {
        if (Precision == FhirDatePrecision.Time && Text is not null)
        {
            return DateTimeOffset.TryParse(Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        value = default;
        return false;
    }

    public static bool operator ==(FhirDateTime left, FhirDateTime right) => left.Equals(right);

    public static bool operator !=(FhirDateTime left, FhirDateTime right) => !left.Equals(right);

    public bool Equals(FhirDateTime other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FhirDateTime other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The FHIR text, e.g. <c>2024-03</c> or <c>2024-03-01T09:30:00+00:00</c>.</summary>
    public override string ToString() => Text ?? string.Empty;

    internal static string FormatTime(DateTimeOffset value)
    {
        var format = value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }
}
