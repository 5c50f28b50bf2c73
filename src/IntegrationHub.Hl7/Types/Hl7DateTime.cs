namespace IntegrationHub.Hl7;

/// <summary>
/// DTM / TS / DT values: <c>YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]</c> at any precision, with or without a UTC
/// offset. Parsing never throws: an invalid value returns false with a fixed problem text for an issue.
/// </summary>
public readonly record struct Hl7DateTime(int Year, int Month, int Day, int Hour, int Minute, int Second, int FractionTicks, Hl7Precision Precision, TimeSpan? Offset)
{
    /// <summary>True when an offset (e.g. +0100) was sent; without one the value is local to the sender.</summary>
    public bool HasOffset => Offset.HasValue;

    /// <summary>The value as a <see cref="DateTime"/> (unspecified kind), missing parts taken as their minimum.</summary>
    public DateTime ToDateTime() =>
        new DateTime(Year, Math.Max(Month, 1), Math.Max(Day, 1), Hour, Minute, Second, DateTimeKind.Unspecified).AddTicks(FractionTicks);

    /// <summary>The value with its offset, or with <paramref name="assumedOffset"/> when none was sent.</summary>
    public DateTimeOffset ToDateTimeOffset(TimeSpan assumedOffset = default) => new(ToDateTime(), Offset ?? assumedOffset);

    /// <summary>Reads a TS/DTM from an element: its first component when it is a field (TS = DTM^precision).</summary>
    public static bool TryRead(Hl7Element element, out Hl7DateTime value, out string? problem) =>
        TryParse(element.PrimitiveRaw, out value, out problem);

    /// <summary>
    /// Reads a TS/DTM that must be valid when present: false with a DataTypeError issue at <paramref name="location"/>
    /// when it is not (allocates only then). An empty or null element is not an error: it returns false with no issue.
    /// </summary>
    public static bool TryRead(Hl7Element element, in Hl7Location location, out Hl7DateTime value, out Hl7Issue? issue)
    {
        issue = null;
        if (!element.HasValue)
        {
            value = default;
            return false;
        }

        if (TryParse(element.PrimitiveRaw, out value, out string? problem))
        {
            return true;
        }

        issue = new Hl7Issue(Hl7ErrorCode.DataTypeError, Hl7Severity.Error, location, problem!);
        return false;
    }

    /// <summary>Parses DTM (DT is the same with at most day precision; see <see cref="TryParseDate"/>).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Hl7DateTime value, out string? problem)
    {
        value = default;
        TimeSpan? offset = null;
        int sign = text.IndexOfAny((byte)'+', (byte)'-');
        if (sign >= 0)
        {
            if (!TryOffset(text[(sign + 1)..], text[sign] == '-', out var parsed))
            {
                problem = "Invalid UTC offset (expected +HHMM or -HHMM)";
                return false;
            }

            offset = parsed;
            text = text[..sign];
        }

        int point = text.IndexOf((byte)'.');
        var fraction = point < 0 ? default : text[(point + 1)..];
        var main = point < 0 ? text : text[..point];
        if (main.Length is not (4 or 6 or 8 or 10 or 12 or 14) || main.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            problem = "Invalid date/time (expected YYYY[MM[DD[HH[MM[SS[.SSSS]]]]]])";
            return false;
        }

        if (point >= 0 && (main.Length != 14 || fraction.Length is 0 or > 4 || fraction.ContainsAnyExceptInRange((byte)'0', (byte)'9')))
        {
            problem = "Invalid fractional seconds (1 to 4 digits after full seconds)";
            return false;
        }

        int year = Digits(main, 0, 4);
        int month = main.Length >= 6 ? Digits(main, 4, 2) : 0;
        int day = main.Length >= 8 ? Digits(main, 6, 2) : 0;
        int hour = main.Length >= 10 ? Digits(main, 8, 2) : 0;
        int minute = main.Length >= 12 ? Digits(main, 10, 2) : 0;
        int second = main.Length >= 14 ? Digits(main, 12, 2) : 0;
        if (year < 1 || (main.Length >= 6 && month is < 1 or > 12) || (main.Length >= 8 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            || hour > 23 || minute > 59 || second > 59)
        {
            problem = "Date/time out of range (month, day, hour, minute or second)";
            return false;
        }

        int ticks = 0;
        for (int i = 0; i < 7; i++)
        {
            ticks = (ticks * 10) + (i < fraction.Length ? fraction[i] - '0' : 0);
        }

        var precision = point >= 0 ? Hl7Precision.Fraction : (Hl7Precision)((main.Length - 2) / 2);
        value = new Hl7DateTime(year, month, day, hour, minute, second, ticks, precision, offset);
        problem = null;
        return true;
    }

    /// <summary>Parses DT: <c>YYYY[MM[DD]]</c>, no time and no offset.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out Hl7DateTime value, out string? problem)
    {
        if (text.Length is not (4 or 6 or 8))
        {
            value = default;
            problem = "Invalid date (expected YYYY[MM[DD]])";
            return false;
        }

        return TryParse(text, out value, out problem);
    }

    private static bool TryOffset(ReadOnlySpan<byte> text, bool negative, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 4 || text.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            return false;
        }

        int hours = Digits(text, 0, 2), minutes = Digits(text, 2, 2);
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (negative)
        {
            offset = -offset;
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
