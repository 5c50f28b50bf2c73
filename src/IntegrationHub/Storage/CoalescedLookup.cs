namespace IntegrationHub.Storage;

/// <summary>
/// Turns many concurrent single-key lookups into few multi-key queries, the way <see cref="GroupCommit{T}"/>
/// turns many writes into few commits: while one query runs, the keys asked for meanwhile wait and go together
/// in the next. Intake asks the database "seen this control id before?" for every message on every connection;
/// answered one by one, those tiny queries cost PostgreSQL more CPU than storing the messages (a wake-up, bind
/// and execute each) on a machine whose CPU is the hub's and the broker's too. Coalesced, the cost is per
/// query, and the added wait is at most one query's time.
/// </summary>
/// <param name="lookUpMany">Answers for the keys, in their order (null: not found).</param>
/// <param name="queryTimeout">How long one query may take before its waiters are failed (each caller may give up sooner).</param>
internal sealed class CoalescedLookup<TKey, TResult>(Func<IReadOnlyList<TKey>, CancellationToken, Task<TResult?[]>> lookUpMany, TimeSpan queryTimeout)
    where TResult : class
{
    private readonly GroupCommit<Waiter> _rounds = new(waiters => QueryAsync(lookUpMany, waiters, queryTimeout));

    public Task<TResult?> FindAsync(TKey key, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(key);

        // The round's own task carries nothing the waiter's does not: QueryAsync never throws.
        _ = _rounds.AddAsync(waiter);
        return waiter.Result.Task.WaitAsync(cancellationToken);
    }

    private static async Task QueryAsync(Func<IReadOnlyList<TKey>, CancellationToken, Task<TResult?[]>> lookUpMany, IReadOnlyList<Waiter> waiters, TimeSpan queryTimeout)
    {
        try
        {
            using var timeout = new CancellationTokenSource(queryTimeout);
            var keys = new TKey[waiters.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = waiters[i].Key;
            }

            var results = await lookUpMany(keys, timeout.Token);
            for (var i = 0; i < waiters.Count; i++)
            {
                waiters[i].Result.TrySetResult(results[i]);
            }
        }
        catch (Exception ex)
        {
            foreach (var waiter in waiters)
            {
                waiter.Result.TrySetException(ex);
            }
        }
    }

    private sealed class Waiter(TKey key)
    {
        public TKey Key { get; } = key;

        // Continuations run on the pool, not inline in the query loop: one caller must not delay the next round.
        public TaskCompletionSource<TResult?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
