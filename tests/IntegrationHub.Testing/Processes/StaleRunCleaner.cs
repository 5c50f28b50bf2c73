namespace IntegrationHub.Testing.Processes;

/// <summary>
/// Removes what a crashed test run left behind: private directories whose owning process is dead, and
/// the servers still running from them. A server counts as left behind only if its PID file is inside
/// such a directory and the process's command line or environment still names that directory, so a PID
/// since reused by an unrelated process is never killed.
/// </summary>
internal static class StaleRunCleaner
{
    private static readonly Lock Gate = new();
    private static bool s_done;

    /// <summary>Cleans once per process; later calls return at once.</summary>
    public static void CleanOnce()
    {
        lock (Gate)
        {
            if (s_done)
            {
                return;
            }

            s_done = true;
        }

        Clean(Path.GetTempPath());
    }

    public static int Clean(string tempDirectory)
    {
        var removed = 0;
        foreach (var directory in Directory.GetDirectories(tempDirectory, PrivateDirectory.Prefix + "*"))
        {
            if (PrivateDirectory.OwnerIsAlive(directory))
            {
                continue;
            }

            KillServersIn(directory);
            if (PrivateDirectory.TryDelete(directory))
            {
                removed++;
            }
        }

        return removed;
    }

    private static void KillServersIn(string directory)
    {
        string[] pidFiles;
        try
        {
            pidFiles = Directory.GetFiles(directory, "*.pid", SearchOption.AllDirectories);
        }
        catch (IOException)
        {
            return;
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }

        foreach (var pidFile in pidFiles)
        {
            var pid = ProcessTree.ReadPidFile(pidFile);
            if (pid != 0 && ProcessTree.IsAlive(pid) && ProcessTree.Describe(pid).Contains(directory, StringComparison.Ordinal))
            {
                var victims = ProcessTree.KillTree(pid);
                ProcessTree.WaitForExitAsync(victims, TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
            }
        }
    }
}
