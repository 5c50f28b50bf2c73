using System.Globalization;
using System.Security.Cryptography;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// A server's private temp directory, named <c>hubtest-&lt;pid&gt;-&lt;kind&gt;-&lt;random&gt;</c> and holding an
/// <c>owner</c> file (PID and kernel start time of this process) so a later run can tell a crashed run's
/// leftovers from a run still in progress.
/// </summary>
internal sealed class PrivateDirectory
{
    public const string Prefix = "hubtest-";
    public const string OwnerFileName = "owner";

    private PrivateDirectory(string path) => Path = path;

    public string Path { get; }

    public static PrivateDirectory Create(string kind)
    {
        StaleRunCleaner.CleanOnce();
        ExitWatchdog.EnsureStarted();
        var self = Environment.ProcessId;
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix}{self}-{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        Directory.CreateDirectory(path);
        // Written aside and renamed, so a cleaner in another process never reads a half-written owner file.
        var pending = System.IO.Path.Combine(path, OwnerFileName + ".new");
        File.WriteAllText(pending, string.Create(CultureInfo.InvariantCulture, $"{self} {ProcessTree.StartTicks(self)}\n"));
        File.Move(pending, System.IO.Path.Combine(path, OwnerFileName));
        return new PrivateDirectory(path);
    }

    /// <summary>True when the process that created <paramref name="path"/> is still running.</summary>
    public static bool OwnerIsAlive(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(System.IO.Path.Combine(path, OwnerFileName));
        }
        catch (IOException)
        {
            return IsRecent(path);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
        {
            return IsRecent(path);
        }

        return ProcessTree.IsAlive(pid) && ProcessTree.StartTicks(pid) == ticks;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the directory; best effort, because a failure here must not hide a test's own result.</summary>
    public bool TryDelete() => TryDelete(Path);

    public static bool TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// No readable owner: either being created right now by another process or not one of ours; only a
    /// directory untouched for ten minutes is treated as stale.
    /// </summary>
    private static bool IsRecent(string path) => Directory.GetLastWriteTimeUtc(path) > DateTime.UtcNow.AddMinutes(-10);
}
