using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping;

/// <summary>
/// v2 timestamps to instants. A timestamp sent without an offset is local time in England (v2 in the
/// NHS is sent as UK local time), so it takes the Europe/London offset for that date.
/// </summary>
internal static class TimeReading
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateTimeOffset ToOffset(in Hl7DateTime value)
    {
        if (value.Offset is { } offset)
        {
            return new DateTimeOffset(value.ToDateTime(), offset);
        }

        var local = value.ToDateTime();
        return new DateTimeOffset(local, London.GetUtcOffset(local));
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
