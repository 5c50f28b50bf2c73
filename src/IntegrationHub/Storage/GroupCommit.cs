namespace IntegrationHub.Storage;

/// <summary>
/// Many writers, one commit. Each durable commit costs an fsync, and SQLite takes one writer at a time, so
/// eight MLLP connections committing their own journal entries queue behind each other's fsyncs. Instead, what
/// arrives while a commit is running waits for the next one, which writes all of it in one transaction; every
/// caller still returns only once its own entry is committed (or fails with the batch's error).
/// </summary>
/// <remarks>No timer and no background loop: an idle writer commits at once, alone; batches form only under load.</remarks>
internal sealed class GroupCommit<T>(Func<IReadOnlyList<T>, Task> commit)
{
    private readonly Lock _lock = new();
    private List<Entry> _waiting = [];
    private bool _committing;

    /// <summary>Completes when <paramref name="item"/> has been committed.</summary>
    public Task AddAsync(T item)
    {
        var entry = new Entry(item);
        bool lead;
        lock (_lock)
        {
            _waiting.Add(entry);
            lead = !_committing;
            _committing = true;
        }

        if (lead)
        {
            _ = CommitWaitingAsync();
        }

        return entry.Committed.Task;
    }

    private async Task CommitWaitingAsync()
    {
        while (true)
        {
            List<Entry> batch;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _committing = false;
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            try
            {
                await commit(batch.ConvertAll(entry => entry.Item));
                batch.ForEach(entry => entry.Committed.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(entry => entry.Committed.TrySetException(ex));
            }
        }
    }

    private sealed record Entry(T Item)
    {
        // Asynchronous continuations: the callers' ACKs must not run on, and hold up, the committing loop.
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
