using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// Linux process facts read from /proc. A process counts as gone once every one of its threads has exited.
/// A zombie with no live threads counts as gone: on machines whose PID 1 does not reap orphans, a killed
/// daemon stays a zombie for ever, and waiting for it to vanish would hang. But a zombie thread-group
/// leader is not enough: after SIGKILL the main thread of a multi-threaded server (the Erlang VM) turns
/// zombie while its other threads are still exiting and still hold its sockets and files.
/// </summary>
internal static class ProcessTree
{
    public static bool IsAlive(int pid)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return false;
        }

        if (!IsDeadState(fields[0]))
        {
            return true;
        }

        string[] threads;
        try
        {
            threads = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        foreach (var thread in threads)
        {
            var state = StatFields(TryRead(Path.Combine(thread, "stat")));
            if (state is not null && !IsDeadState(state[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kernel's start time of the process (clock ticks since boot), to tell a reused PID apart.</summary>
    public static long StartTicks(int pid)
    {
        var fields = StatFields(pid);
        return fields is not null && fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? ticks
            : -1;
    }

    /// <summary>All living descendants of <paramref name="pid"/>, parents before children.</summary>
    public static List<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var child))
            {
                continue;
            }

            var fields = StatFields(child);
            if (fields is null || fields.Length < 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
            {
                continue;
            }

            if (!parents.TryGetValue(parent, out var children))
            {
                children = [];
                parents[parent] = children;
            }

            children.Add(child);
        }

        var result = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(pid);
        while (queue.TryDequeue(out var next))
        {
            if (!parents.TryGetValue(next, out var children))
            {
                continue;
            }

            foreach (var child in children)
            {
                result.Add(child);
                queue.Enqueue(child);
            }
        }

        return result;
    }

    /// <summary>SIGKILLs the process first (that is the crash being simulated), then every descendant it had.</summary>
    public static List<int> KillTree(int pid)
    {
        var victims = Descendants(pid);
        victims.Insert(0, pid);
        foreach (var victim in victims)
        {
            Kill(victim);
        }

        return victims;
    }

    public static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Exited between lookup and kill.
        }
        catch (Win32Exception)
        {
            // Not ours to kill (another user's process reusing the PID); leave it.
        }
    }

    public static async Task<bool> WaitForExitAsync(List<int> pids, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (!AnyAlive(pids))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return !AnyAlive(pids);
    }

    /// <summary>The command line and environment of a process, for checking that a recorded PID is still ours.</summary>
    public static string Describe(int pid)
    {
        var text = TryRead($"/proc/{pid}/cmdline") + "\0" + TryRead($"/proc/{pid}/environ");
        return text.Replace('\0', ' ');
    }

    /// <summary>Reads the first line of a PID file (postmaster.pid, RabbitMQ's pid file) as a PID.</summary>
    public static int ReadPidFile(string path)
    {
        var text = TryRead(path);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? text : text[..end]).Trim();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : 0;
    }

    private static bool AnyAlive(List<int> pids)
    {
        foreach (var pid in pids)
        {
            if (IsAlive(pid))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeadState(string state) => state is "Z" or "X";

    private static string[]? StatFields(int pid) => StatFields(TryRead($"/proc/{pid}/stat"));

    /// <summary>The fields of a stat line after the command name: [0] state, [1] ppid, ... [19] starttime.</summary>
    private static string[]? StatFields(string stat)
    {
        var close = stat.LastIndexOf(')');
        return close < 0 || close + 2 >= stat.Length ? null : stat[(close + 2)..].Split(' ');
    }

    private static string TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
