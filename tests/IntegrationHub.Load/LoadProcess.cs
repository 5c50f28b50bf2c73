using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationHub.Load;

/// <summary>The hub and <c>hub send</c> run as their own processes, as in production, from this tool's build output.</summary>
internal sealed partial class LoadProcess : IAsyncDisposable
{
    private readonly Process _process;

    private LoadProcess(Process process, int mllpPort)
    {
        _process = process;
        MllpPort = mllpPort;
    }

    public int MllpPort { get; }

    /// <summary>CPU time the hub process has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<LoadProcess> StartHubAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = Dotnet("IntegrationHub.dll", "--urls=http://127.0.0.1:0", "--Mllp:Port=0", "--Mllp:BindAddress=127.0.0.1",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:IntegrationHub.Mllp.Server.MllpServer=Information");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } match)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("hub: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new LoadProcess(process, await port.Task.WaitAsync(TimeSpan.FromSeconds(90)));
    }

    /// <summary>Runs <c>hub send</c> against one instance and returns what it printed; <paramref name="ackLog"/>: where it logs each ACK's arrival.</summary>
    public static async Task<string> SendAsync(int mllpPort, int concurrency, int count, int sender, string directory, string? ackLog = null)
    {
        var start = Dotnet("hub.dll", "send", "--to", $"127.0.0.1:{mllpPort}", "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
            "--count", count.ToString(CultureInfo.InvariantCulture));
        if (ackLog is not null)
        {
            start.ArgumentList.Add("--ack-log");
            start.ArgumentList.Add(ackLog);
        }

        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return $"sender {sender} (exit {process.ExitCode}):\n{await output}";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo Dotnet(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    [GeneratedRegex(@"MLLP listening on [^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
