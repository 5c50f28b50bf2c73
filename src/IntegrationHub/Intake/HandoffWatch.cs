namespace IntegrationHub.Intake;

/// <summary>
/// Whether intake can still make messages durable: when the first hand-off failed since the last one the broker
/// confirmed, and how many have failed since. Connections and endpoints can look healthy while every publish goes
/// unconfirmed (seen after a broker restart), so readiness asks intake itself (<see cref="Health.IntakeHealthCheck"/>).
/// </summary>
/// <remarks>
/// Hot path: a confirmed hand-off costs one volatile read, and a write only when it ends a run of failures.
/// </remarks>
internal sealed class HandoffWatch(TimeProvider time)
{
    private const long NotFailing = 0;

    private long _failingSince = NotFailing;
    private long _failures;

    public void Succeeded()
    {
        if (Volatile.Read(ref _failingSince) != NotFailing)
        {
            Volatile.Write(ref _failingSince, NotFailing);
            Interlocked.Exchange(ref _failures, 0);
        }
    }

    public void Failed()
    {
        // Timestamps are never 0 in practice; the guard keeps "not failing" unambiguous anyway.
        Interlocked.CompareExchange(ref _failingSince, Math.Max(1, time.GetTimestamp()), NotFailing);
        Interlocked.Increment(ref _failures);
    }

    /// <summary>Null while the last hand-off succeeded (or none was tried); otherwise how long and how often it has failed.</summary>
    public HandoffFailures? Read()
    {
        var since = Volatile.Read(ref _failingSince);
        return since == NotFailing ? null : new HandoffFailures(time.GetElapsedTime(since), Interlocked.Read(ref _failures));
    }
}

/// <summary>A run of failed hand-offs with no confirmed one since it began.</summary>
internal readonly record struct HandoffFailures(TimeSpan For, long Count);
