using System.Diagnostics;
using System.Globalization;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// A small detached shell that outlives this process and, once it is gone, stops whatever servers it left
/// running and deletes its private directories. ProcessExit alone is not enough: <c>dotnet test</c> kills the
/// test host about 100 ms after the run ends (VSTEST_TESTHOST_SHUTDOWN_TIMEOUT), before a clean stop and a
/// recursive delete can finish. The watchdog runs in its own session (setsid) so neither that kill nor a
/// Ctrl+C to the terminal's process group reaches it.
/// </summary>
internal static class ExitWatchdog
{
    // $1 = owner PID, $2 = directory prefix of this process's private directories.
    // A server is stopped only if its command line or environment names the directory (PID reuse guard):
    // SIGTERM first (PostgreSQL and RabbitMQ both shut down cleanly on it), SIGKILL after five seconds.
    private const string Script = """
        owner=$1; prefix=$2
        while kill -0 "$owner" 2>/dev/null; do sleep 1; done
        for dir in "$prefix"*; do
          [ -d "$dir" ] || continue
          for file in $(find "$dir" -name '*.pid' 2>/dev/null); do
            pid=$(head -n 1 "$file" 2>/dev/null)
            case "$pid" in ''|*[!0-9]*) continue ;; esac
            if cat "/proc/$pid/cmdline" "/proc/$pid/environ" 2>/dev/null | tr '\0' '\n' | grep -qF "$dir"; then
              kill -TERM "$pid" 2>/dev/null
              tries=0
              while kill -0 "$pid" 2>/dev/null && [ $tries -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
              kill -KILL "$pid" 2>/dev/null
            fi
          done
          rm -rf "$dir"
        done
        """;

    private const string Detach = "setsid /bin/sh -c \"$0\" hubtest-watchdog \"$1\" \"$2\" </dev/null >/dev/null 2>&1 &";

    private static readonly Lazy<bool> Started = new(Start);

    /// <summary>Starts the watchdog for this process once; false if it could not be started (cleanup then falls to the next run).</summary>
    public static bool EnsureStarted() => Started.Value;

    private static bool Start()
    {
        var prefix = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"{PrivateDirectory.Prefix}{Environment.ProcessId}-"));
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Detach);
        info.ArgumentList.Add(Script);
        info.ArgumentList.Add(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(prefix);

        try
        {
            using var launcher = Process.Start(info);
            launcher?.WaitForExit(5_000);
            return launcher is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
