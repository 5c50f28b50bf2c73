namespace IntegrationHub.Intake;

/// <summary>
/// Control ids (MSH-10) for the hub's own ACKs: unique per process and across restarts, at most 20 characters
/// (the v2.3/v2.4 length of MSH-10).
/// </summary>
internal static class AckControlIds
{
    private static long _sequence = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 12;

    public static string Next() => "H" + Interlocked.Increment(ref _sequence).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
}
