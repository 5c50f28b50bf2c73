namespace IntegrationHub.Fhir;

/// <summary>
/// The R4 regular expressions for date, dateTime, instant and time, written out as a forward-only
/// scan (no Regex, no DateTime round trip) plus the calendar check the regexes lack (no 30 February).
/// </summary>
internal static class FhirTemporalGrammar
{
    /// <summary>date: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out FhirDatePrecision precision)
        => TryParseDatePart(s, out precision, out var used) && used == s.Length;

    /// <summary>dateTime: a date of any precision, or a full date with <c>Thh:mm:ss[.f+]</c> and a zone.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> s, out FhirDatePrecision precision)
    {
        if (!TryParseDatePart(s, out precision, out var used))
        {
            return false;
        }

        if (used == s.Length)
        {
            return true;
        }

        precision = FhirDatePrecision.Time;
        return TryParseTimeAndZone(s, used);
    }

    /// <summary>instant: always a full date, time to the second and a zone.</summary>
    public static bool TryParseInstant(ReadOnlySpan<char> s)
        => TryParseDatePart(s, out var precision, out var used)
            && precision == FhirDatePrecision.Day
            && TryParseTimeAndZone(s, used);

    /// <summary>time: <c>hh:mm:ss[.f+]</c>, no zone.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> s)
        => TryParseClock(s, out var used) && used == s.Length;

    private static bool TryParseDatePart(ReadOnlySpan<char> s, out FhirDatePrecision precision, out int used)
    {
        precision = FhirDatePrecision.Year;
        used = 0;
        if (s.Length < 4 || !TryDigits(s[..4], out var year) || year == 0)
        {
            return false;
        }

        used = 4;
        if (s.Length == 4 || s[4] != '-')
        {
            return true;
        }

        if (s.Length < 7 || !TryDigits(s.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        precision = FhirDatePrecision.Month;
        used = 7;
        if (s.Length == 7 || s[7] != '-')
        {
            return true;
        }

        if (s.Length < 10 || !TryDigits(s.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        precision = FhirDatePrecision.Day;
        used = 10;
        return true;
    }

    // After a full date: "T" clock zone, and nothing else.
    private static bool TryParseTimeAndZone(ReadOnlySpan<char> s, int start)
    {
        if (start != 10 || s.Length <= start || s[start] != 'T')
        {
            return false;
        }

        var rest = s[(start + 1)..];
        return TryParseClock(rest, out var used) && IsZone(rest[used..]);
    }

    private static bool TryParseClock(ReadOnlySpan<char> s, out int used)
    {
        used = 0;
        if (s.Length < 8 || s[2] != ':' || s[5] != ':'
            || !TryDigits(s[..2], out var hour) || hour > 23
            || !TryDigits(s.Slice(3, 2), out var minute) || minute > 59
            || !TryDigits(s.Slice(6, 2), out var second) || second > 60)
        {
            return false;
        }

        used = 8;
        if (s.Length > 8 && s[8] == '.')
        {
            var digits = 0;
            while (9 + digits < s.Length && char.IsAsciiDigit(s[9 + digits]))
            {
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            used = 9 + digits;
        }

        return true;
    }

    // Z, or +hh:mm / -hh:mm with hh 00..13, or exactly 14:00.
    private static bool IsZone(ReadOnlySpan<char> s)
    {
        if (s.Length == 1)
        {
            return s[0] == 'Z';
        }

        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !TryDigits(s.Slice(1, 2), out var hours) || !TryDigits(s.Slice(4, 2), out var minutes))
        {
            return false;
        }

        return (hours <= 13 && minutes <= 59) || (hours == 14 && minutes == 0);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
