using IntegrationHub.Storage;

namespace IntegrationHub.Tests.Storage;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task AnIdleWriterCommitsAtOnceAndAlone()
    {
        var commits = new List<IReadOnlyList<int>>();
        var group = new GroupCommit<int>(batch =>
        {
            commits.Add(batch);
            return Task.CompletedTask;
        });

        await group.AddAsync(1);
        await group.AddAsync(2);

        Assert.Equal([[1], [2]], commits);
    }

    [Fact]
    public async Task WhatArrivesDuringACommitGoesInTheNextOneAndEachCallerWaitsForItsOwn()
    {
        var firstCommitStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstCommit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = new List<IReadOnlyList<int>>();
        var group = new GroupCommit<int>(async batch =>
        {
            lock (commits)
            {
                commits.Add(batch);
            }

            if (batch.Contains(0))
            {
                firstCommitStarted.SetResult();
                await releaseFirstCommit.Task;
            }
        });

        var first = group.AddAsync(0);
        await firstCommitStarted.Task;
        var waiting = Enumerable.Range(1, 7).Select(group.AddAsync).ToArray();

        // Nobody is told "committed" while the commit carrying their entry has not happened.
        Assert.All(waiting, task => Assert.False(task.IsCompleted));
        Assert.False(first.IsCompleted);

        releaseFirstCommit.SetResult();
        await Task.WhenAll(waiting.Append(first));

        Assert.Equal(2, commits.Count);
        Assert.Equal([0], commits[0]);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], commits[1]);
    }

    [Fact]
    public async Task AFailedCommitFailsEveryCallerInItAndTheNextCommitStillRuns()
    {
        var calls = 0;
        var group = new GroupCommit<string>(batch =>
            Interlocked.Increment(ref calls) == 1 ? Task.FromException(new IOException("disk full")) : Task.CompletedTask);

        var failed = await Assert.ThrowsAsync<IOException>(() => group.AddAsync("a"));
        await group.AddAsync("b");

        Assert.Equal("disk full", failed.Message);
        Assert.Equal(2, calls);
    }
}
