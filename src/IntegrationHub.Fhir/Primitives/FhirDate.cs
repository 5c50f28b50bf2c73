using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>
/// A FHIR date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) kept as written, so a year of
/// birth stays a year and is never widened to 1 January.
/// </summary>
[JsonConverter(typeof(FhirDateConverter))]
public readonly struct FhirDate : IEquatable<FhirDate>
{
    private FhirDate(string text, FhirDatePrecision precision)
    {
        Text = text;
        Precision = precision;
    }

    /// <summary>A year-only date.</summary>
    public FhirDate(int year)
        : this(Checked(Format(year, null, null)))
    {
    }

    /// <summary>A year-and-month date.</summary>
    public FhirDate(int year, int month)
        : this(Checked(Format(year, month, null)))
    {
    }

    /// <summary>A full date.</summary>
    public FhirDate(int year, int month, int day)
        : this(Checked(Format(year, month, day)))
    {
    }

    /// <summary>A full date from a <see cref="DateOnly"/>.</summary>
    public FhirDate(DateOnly date)
        : this(date.Year, date.Month, date.Day)
    {
    }

    private FhirDate(FhirDate parsed)
    {
        Text = parsed.Text;
        Precision = parsed.Precision;
    }

    /// <summary>How much of the date is known.</summary>
    public FhirDatePrecision Precision { get; }

    /// <summary>The FHIR text; null only for <c>default</c>.</summary>
    internal string? Text { get; }

    /// <summary>Parses the FHIR date grammar exactly; false for anything else, including impossible dates.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FhirDate value)
    {
        if (text is not null && FhirTemporalGrammar.TryParseDate(text, out var precision))
        {
            value = new FhirDate(text, precision);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses the FHIR date grammar or throws <see cref="FormatException"/>.</summary>
    public static FhirDate Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            FhirJsonThrow.InvalidFormat("date");
        }

        return value;
    }

    /// <summary>The date as a <see cref="DateOnly"/> when it is a full date.</summary>
    public bool TryGetDateOnly(out DateOnly date)
    {
        if (Precision == FhirDatePrecision.Day && Text is not null)
        {
            return DateOnly.TryParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        date = default;
        return false;
    }

    public static bool operator ==(FhirDate left, FhirDate right) => left.Equals(right);

    public static bool operator !=(FhirDate left, FhirDate right) => !left.Equals(right);

    public bool Equals(FhirDate other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FhirDate other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The FHIR text, e.g. <c>1968</c> or <c>1968-02-29</c>.</summary>
    public override string ToString() => Text ?? string.Empty;

    internal static string Format(int year, int? month, int? day)
    {
        var text = year.ToString("D4", CultureInfo.InvariantCulture);
        if (month is { } m)
        {
            text += "-" + m.ToString("D2", CultureInfo.InvariantCulture);
            if (day is { } d)
            {
                text += "-" + d.ToString("D2", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

    private static FhirDate Checked(string text)
        => TryParse(text, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(text), $"'{text}' is not a valid FHIR date.");
}
