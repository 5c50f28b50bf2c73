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
        File.WriteAllText(
            System.IO.Path.Combine(path, OwnerFileName),
            string.Create(CultureInfo.InvariantCulture, $"{self} {ProcessTree.StartTicks(self)}\n"));
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
            // No owner file: either being created right now or not ours; only an old one is treated as stale.
            return Directory.GetLastWriteTimeUtc(path) > DateTime.UtcNow.AddMinutes(-10);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks)
            && ProcessTree.IsAlive(pid)
            && ProcessTree.StartTicks(pid) == ticks;
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
}
