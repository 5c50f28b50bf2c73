using System.Globalization;
using IntegrationHub.Testing;

namespace IntegrationHub.Load;

/// <summary>
/// CPU time (user + system) read from /proc: the broker's Erlang VM, the PostgreSQL server (postmaster and its
/// backends), and the machine as a whole. A load run reads each before and after to say where its CPU went.
/// </summary>
internal static class ProcessCpu
{
    // /proc counts in clock ticks; USER_HZ is 100 on every Linux the tool runs on.
    private const double TicksPerSecond = 100.0;

    /// <summary>The broker's beam.smp, found by its private directory on the command line.</summary>
    public static TimeSpan Broker(RabbitMqServer broker) =>
        Ticks(Find(pid => IsCommandOf(pid, "beam.smp", broker.DirectoryPath))) is { } ticks
            ? FromTicks(ticks)
            : throw new InvalidOperationException($"no beam.smp process runs from {broker.DirectoryPath}");

    /// <summary>
    /// The postmaster (found by its data directory on the command line) and every backend it forked. A backend
    /// that exits between two readings takes its CPU with it; the hub keeps its pooled connections open, so the
    /// loss is the short-lived ones only, and the machine total still counts them.
    /// </summary>
    public static TimeSpan Postgres(PostgresServer server)
    {
        var postmaster = Find(pid => IsCommandOf(pid, "postgres", server.DirectoryPath))
            ?? throw new InvalidOperationException($"no postgres process runs from {server.DirectoryPath}");
        var total = Ticks(postmaster) ?? 0;
        foreach (var pid in Pids())
        {
            if (ParentOf(pid) == postmaster)
            {
                total += Ticks(pid) ?? 0;
            }
        }

        return FromTicks(total);
    }

    /// <summary>Busy time of all CPUs together since boot: the first line of /proc/stat less idle and iowait.</summary>
    public static TimeSpan MachineBusy()
    {
        var first = File.ReadLines("/proc/stat").First();
        var fields = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long busy = 0;
        for (var i = 1; i < fields.Length && i <= 8; i++)
        {
            // user nice system idle iowait irq softirq steal: skip idle (4) and iowait (5).
            if (i is not (4 or 5))
            {
                busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }
        }

        return FromTicks(busy);
    }

    private static TimeSpan FromTicks(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private static int? Find(Func<int, bool> match) => Pids().Cast<int?>().FirstOrDefault(pid => match(pid!.Value));

    private static IEnumerable<int> Pids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                yield return pid;
            }
        }
    }

    private static bool IsCommandOf(int pid, string program, string? directory) =>
        directory is not null
        && Read(pid, "cmdline") is { } commandLine
        && commandLine.Contains(program, StringComparison.Ordinal)
        && commandLine.Contains(directory, StringComparison.Ordinal);

    /// <summary>utime + stime, fields 14 and 15 of /proc/PID/stat, counted after the ")" that ends the name.</summary>
    private static long? Ticks(int? pid) =>
        pid is { } id && StatFields(id) is { } fields
            ? long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
            : null;

    /// <summary>ppid, field 4 of /proc/PID/stat.</summary>
    private static int? ParentOf(int pid) => StatFields(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    private static string[]? StatFields(int pid) =>
        Read(pid, "stat") is { } stat ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') : null;

    private static string? Read(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (IOException)
        {
            // The process ended while we looked.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
