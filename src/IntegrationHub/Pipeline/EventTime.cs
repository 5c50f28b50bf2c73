using IntegrationHub.Hl7;

namespace IntegrationHub.Pipeline;

/// <summary>
/// When a v2 event happened: EVN-2 (recorded date/time), else MSH-7. Times without an offset are local UK time,
/// as NHS systems send them, so they are read in Europe/London (GMT or BST by date).
/// </summary>
internal static class EventTime
{
    private static readonly Hl7Path RecordedAt = Hl7Path.Parse("EVN-2");
    private static readonly Hl7Path MessageTime = Hl7Path.Parse("MSH-7");
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static DateTimeOffset? Read(ReadOnlySpan<byte> raw)
    {
        using var message = Hl7Message.Parse(raw);
        if (TryRead(message.Get(RecordedAt), out var at) || TryRead(message.Get(MessageTime), out at))
        {
            return at;
        }

        return null;
    }

    private static bool TryRead(Hl7Element element, out DateTimeOffset at)
    {
        at = default;
        if (!element.HasValue || !Hl7DateTime.TryRead(element, out var value, out _))
        {
            return false;
        }

        at = value.Offset is { } offset ? new DateTimeOffset(value.ToDateTime(), offset) : new DateTimeOffset(value.ToDateTime(), UkTime.GetUtcOffset(value.ToDateTime()));
        return true;
    }

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: UTC is GMT, an hour out in summer, and the same for every message.
            return TimeZoneInfo.Utc;
        }
    }
}
