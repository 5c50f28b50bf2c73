using IntegrationHub.Storage;

namespace IntegrationHub.Tests.Storage;

public sealed class CoalescedLookupTests
{
    [Fact]
    public async Task KeysAskedForDuringAQueryGoTogetherInTheNextOneAndEachCallerGetsItsOwnAnswer()
    {
        var firstQueryStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstQuery = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queries = new List<string[]>();
        var lookup = new CoalescedLookup<string, string>(async (keys, _) =>
        {
            lock (queries)
            {
                queries.Add([.. keys]);
            }

            if (keys.Contains("first"))
            {
                firstQueryStarted.SetResult();
                await releaseFirstQuery.Task;
            }

            // "miss" is never found; every other key answers with itself upper-cased.
            return [.. keys.Select(key => key == "miss" ? null : key.ToUpperInvariant())];
        }, TimeSpan.FromSeconds(10));

        var first = lookup.FindAsync("first", CancellationToken.None);
        await firstQueryStarted.Task;
        var waiting = new[] { "b", "miss", "c", "d" }.Select(key => lookup.FindAsync(key, CancellationToken.None)).ToArray();
        Assert.All(waiting, task => Assert.False(task.IsCompleted));

        releaseFirstQuery.SetResult();

        Assert.Equal("FIRST", await first);
        Assert.Equal(new string?[] { "B", null, "C", "D" }, await Task.WhenAll(waiting));
        Assert.Equal([["first"], ["b", "miss", "c", "d"]], queries);
    }

    [Fact]
    public async Task AFailedQueryFailsEveryKeyInItAndTheNextQueryStillRuns()
    {
        var calls = 0;
        var lookup = new CoalescedLookup<string, string>((keys, _) =>
            Interlocked.Increment(ref calls) == 1
                ? Task.FromException<string?[]>(new TimeoutException("database away"))
                : Task.FromResult<string?[]>([.. keys]), TimeSpan.FromSeconds(10));

        var failed = await Assert.ThrowsAsync<TimeoutException>(() => lookup.FindAsync("a", CancellationToken.None));
        Assert.Equal("database away", failed.Message);
        Assert.Equal("b", await lookup.FindAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task ACallerThatGivesUpIsReleasedWhileTheQueryGoesOnForTheOthers()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lookup = new CoalescedLookup<string, string>(async (keys, _) =>
        {
            await release.Task;
            return [.. keys];
        }, TimeSpan.FromSeconds(10));

        using var giveUp = new CancellationTokenSource();
        var impatient = lookup.FindAsync("a", giveUp.Token);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        var patient = lookup.FindAsync("b", CancellationToken.None);
        release.SetResult();
        Assert.Equal("b", await patient);
    }

    [Fact]
    public async Task AQueryThatOverrunsItsTimeoutIsCancelled()
    {
        var lookup = new CoalescedLookup<string, string>(async (keys, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [.. keys];
        }, TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup.FindAsync("a", CancellationToken.None));
    }
}
