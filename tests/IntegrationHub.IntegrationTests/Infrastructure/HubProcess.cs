using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// A hub in a process of its own (the built IntegrationHub.dll), so a test can SIGKILL it mid-stream as a crash
/// or an OOM kill would. The MLLP port is read from the hub's own start-up log line.
/// </summary>
internal sealed partial class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log;

    private HubProcess(Process process, List<string> log, int mllpPort)
    {
        _process = process;
        _log = log;
        MllpPort = mllpPort;
    }

    public int MllpPort { get; }

    public static async Task<HubProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IntegrationHub.dll"));
        foreach (var arg in new[] { "--urls=http://127.0.0.1:0", "--Mllp:Port=0", "--Mllp:BindAddress=127.0.0.1", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:IntegrationHub.Mllp.Server.MllpServer=Information", "--Logging:Console:FormatterName=simple" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new List<string>();
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.Add(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("the hub exited during start-up"));

        try
        {
            var mllp = await port.Task.WaitAsync(TimeSpan.FromSeconds(90));
            return new HubProcess(process, log, mllp);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"hub process did not start: {ex.Message}\n{TailOf(log)}", ex);
        }
    }

    /// <summary>The process's exit code once it has ended by itself, or a TimeoutException naming its last log lines.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"the hub did not exit within {timeout}\n{Tail()}", ex);
        }

        // WaitForExitAsync also waits for the redirected output to be read to its end.
        return _process.ExitCode;
    }

    /// <summary>The hub's last log lines (console, Warning and up), for assertions and failure messages.</summary>
    public string Tail() => TailOf(_log);

    /// <summary>Whether any line the hub has logged so far contains <paramref name="text"/>.</summary>
    public bool HasLogged(string text)
    {
        lock (_log)
        {
            return _log.Exists(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    private static string TailOf(List<string> log)
    {
        lock (log)
        {
            return string.Join('\n', log.TakeLast(40));
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, in-flight work abandoned.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"MLLP listening on [^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
