using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing.Processes;

namespace IntegrationHub.Testing.SelfTest;

/// <summary>Runs the cleaner over a scratch temp directory, so real runs' directories are never involved.</summary>
public sealed class StaleRunCleanerTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("cleaner-").FullName;

    [Fact]
    public async Task DirectoryOfADeadRunIsRemovedAndItsServerKilled()
    {
        var stale = Path.Combine(_scratch, "hubtest-1-postgres-deadbeef");
        Directory.CreateDirectory(stale);
        var deadPid = await ExitedProcessIdAsync();
        await File.WriteAllTextAsync(Path.Combine(stale, "owner"), $"{deadPid} 1\n");

        // A stand-in server whose environment names the directory, as the real ones' command lines do.
        using var server = Process.Start(new ProcessStartInfo("sleep", "300") { Environment = { ["HUBTEST_DIR"] = stale } })!;
        await File.WriteAllTextAsync(Path.Combine(stale, "server.pid"), server.Id.ToString(CultureInfo.InvariantCulture) + "\n");

        var removed = StaleRunCleaner.Clean(_scratch);

        Assert.Equal(1, removed);
        Assert.False(Directory.Exists(stale));
        Assert.True(server.WaitForExit(10_000));
    }

    [Fact]
    public void DirectoryOfALiveRunIsLeftAlone()
    {
        var live = Path.Combine(_scratch, "hubtest-2-rabbitmq-0badf00d");
        Directory.CreateDirectory(live);
        var self = Environment.ProcessId;
        File.WriteAllText(Path.Combine(live, "owner"), string.Create(CultureInfo.InvariantCulture, $"{self} {ProcessTree.StartTicks(self)}\n"));

        var removed = StaleRunCleaner.Clean(_scratch);

        Assert.Equal(0, removed);
        Assert.True(Directory.Exists(live));
    }

    [Fact]
    public void DirectoryWhoseOwnerFileIsNotWrittenYetIsLeftAlone()
    {
        // Another process has just created it and not yet renamed its owner file into place.
        var starting = Path.Combine(_scratch, "hubtest-4-postgres-5eed5eed");
        Directory.CreateDirectory(starting);
        File.WriteAllText(Path.Combine(starting, "owner.new"), "12");

        var removed = StaleRunCleaner.Clean(_scratch);

        Assert.Equal(0, removed);
        Assert.True(Directory.Exists(starting));
    }

    [Fact]
    public async Task AnUnrelatedProcessReusingARecordedPidIsNotKilled()
    {
        var stale = Path.Combine(_scratch, "hubtest-3-postgres-cafebabe");
        Directory.CreateDirectory(stale);
        await File.WriteAllTextAsync(Path.Combine(stale, "owner"), $"{await ExitedProcessIdAsync()} 1\n");
        using var unrelated = Process.Start(new ProcessStartInfo("sleep", "300"))!;
        await File.WriteAllTextAsync(Path.Combine(stale, "postmaster.pid"), unrelated.Id.ToString(CultureInfo.InvariantCulture) + "\n");

        StaleRunCleaner.Clean(_scratch);

        Assert.False(Directory.Exists(stale));
        Assert.False(unrelated.HasExited);
        unrelated.Kill();
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static async Task<int> ExitedProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        await process.WaitForExitAsync();
        return process.Id;
    }
}
