using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// v2 timestamps to instants. A timestamp sent without an offset is local time in England (v2 in the
/// NHS is sent as UK local time), so it takes the Europe/London offset for that date.
/// </summary>
internal static class TimeReading
{
    private static readonly TimeZoneInfo London = FindLondon();

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>False when the sent offset is outside what any time zone uses (over 14 hours) or the instant is out of range.</summary>
    public static bool TryToOffset(in Hl7DateTime value, out DateTimeOffset result)
    {
        var local = value.ToDateTime();
        var offset = value.Offset ?? London.GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        if (offset.Duration() > MaxOffset || offset.Ticks % TimeSpan.TicksPerMinute != 0
            || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            result = default;
            return false;
        }

        result = new DateTimeOffset(local, offset);
        return true;
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
