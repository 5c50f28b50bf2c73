namespace IntegrationHub.Tests.Intake;

/// <summary>A clock that moves only when told to, in whole ticks.</summary>
internal sealed class ManualTime : TimeProvider
{
    private long _timestamp = 1_000;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _timestamp;

    public void Advance(TimeSpan by) => _timestamp += by.Ticks;
}
