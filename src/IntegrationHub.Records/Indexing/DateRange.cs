using System.Globalization;
using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Indexing;

/// <summary>
/// The instants a FHIR date or dateTime of any precision covers, as [low, high): <c>2024</c> is the whole year,
/// <c>2024-03-12</c> the whole day (UTC, because dates carry no zone), a full dateTime one instant.
/// Used both to index values and to read search parameters, so the two always agree.
/// </summary>
internal static class DateRange
{
    public static bool TryFromDate(FhirDate date, out DateTimeOffset low, out DateTimeOffset high) => TryParse(date.ToString(), out low, out high);

    public static bool TryFromPeriod(Period period, out DateTimeOffset low, out DateTimeOffset high)
    {
        low = DateTimeOffset.MinValue;
        high = DateTimeOffset.MaxValue;
        var any = false;
        if (period.Start is { } start && TryParse(start.ToString(), out var startLow, out _))
        {
            low = startLow;
            any = true;
        }

        // An open period (still in progress) runs to the end of time for searching.
        if (period.End is { } end && TryParse(end.ToString(), out _, out var endHigh))
        {
            high = endHigh;
            any = true;
        }

        return any;
    }

    public static bool TryParse(string? text, out DateTimeOffset low, out DateTimeOffset high)
    {
        low = high = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        switch (text.Length)
        {
            case 4 when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1:
                low = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
                high = low.AddYears(1);
                return true;
            case 7 when DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var month):
                low = new DateTimeOffset(month, TimeSpan.Zero);
                high = low.AddMonths(1);
                return true;
            case 10 when DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day):
                low = new DateTimeOffset(day, TimeSpan.Zero);
                high = low.AddDays(1);
                return true;
            default:
                if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    // Npgsql writes timestamptz only from UTC offsets; a v2 time in British Summer Time is +01:00.
                    low = instant.ToUniversalTime();
                    high = low.AddTicks(1);
                    return true;
                }

                return false;
        }
    }
}
