using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>A FHIR time of day, <c>hh:mm:ss</c> with optional fraction and no zone, kept as written.</summary>
[JsonConverter(typeof(FhirTimeConverter))]
public readonly struct FhirTime : IEquatable<FhirTime>
{
    private FhirTime(string text) => Text = text;

    /// <summary>A time to the second from a <see cref="TimeOnly"/>.</summary>
    public FhirTime(TimeOnly value)
        : this(value.ToString("HH:mm:ss", CultureInfo.InvariantCulture))
    {
    }

    /// <summary>The FHIR text; null only for <c>default</c>.</summary>
    internal string? Text { get; }

    /// <summary>Parses the FHIR time grammar exactly.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FhirTime value)
    {
        if (text is not null && FhirTemporalGrammar.TryParseTime(text))
        {
            value = new FhirTime(text);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses the FHIR time grammar or throws <see cref="FormatException"/>.</summary>
    public static FhirTime Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            FhirJsonThrow.InvalidFormat("time");
        }

        return value;
    }

    public static bool operator ==(FhirTime left, FhirTime right) => left.Equals(right);

    public static bool operator !=(FhirTime left, FhirTime right) => !left.Equals(right);

    public bool Equals(FhirTime other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FhirTime other && Equals(other);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The FHIR text, e.g. <c>08:30:00</c>.</summary>
    public override string ToString() => Text ?? string.Empty;
}
