using Microsoft.Extensions.Options;

namespace IntegrationHub.Intake;

/// <summary>
/// Whether intake can still make messages durable: when the first hand-off failed since the last one the broker
/// confirmed, how many have failed since, and whether that run has lasted <see cref="IntakeOptions.StallAfter"/> (a
/// stall). Connections and endpoints can look healthy while every publish goes unconfirmed (seen after a broker
/// restart), so readiness and liveness ask intake itself (<see cref="Health.IntakeHealthCheck"/>,
/// <see cref="Health.StalledIntakeLivenessCheck"/>), and both by this one definition of a stall.
/// </summary>
/// <remarks>
/// Hot path: a confirmed hand-off costs one volatile read, and a write only when it ends a run of failures.
/// </remarks>
internal sealed class HandoffWatch(TimeProvider time, IOptions<IntakeOptions> options)
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
        if (since == NotFailing)
        {
            return null;
        }

        var failingFor = time.GetElapsedTime(since);
        return new HandoffFailures(failingFor, Interlocked.Read(ref _failures), Stalled: failingFor >= options.Value.StallAfter);
    }
}

/// <summary>A run of failed hand-offs with no confirmed one since it began; a stall once it has lasted <see cref="IntakeOptions.StallAfter"/>.</summary>
internal readonly record struct HandoffFailures(TimeSpan For, long Count, bool Stalled)
{
    /// <summary><see cref="For"/> in whole seconds, for health descriptions.</summary>
    public string Seconds => For.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
