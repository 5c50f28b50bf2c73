using System.Diagnostics;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// A long-running server started as a direct child of this process, with stdout and stderr appended to a
/// log file by the shell before it execs the server. The file descriptors belong to the server, not to
/// pipes in this process, so the server neither blocks on a full pipe nor dies of SIGPIPE if we go first;
/// and because we are its parent we reap it, so a killed server does not linger as a zombie.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const string ExecWithLog = "exec \"$@\" >>\"$0\" 2>&1 </dev/null";

    private readonly Process _process;

    private ServerProcess(Process process)
    {
        _process = process;
        Pid = process.Id;
    }

    public int Pid { get; }

    public bool HasExited => _process.HasExited;

    public static ServerProcess Start(CommandLine command, string logPath)
    {
        var info = command.Wrap("/bin/sh", "-c", ExecWithLog, logPath).ToStartInfo();
        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new TestServerException($"Could not start '{command}': {exception.Message}", exception);
        }

        return new ServerProcess(process);
    }

    /// <summary>Waits for the server to exit; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILLs the server and everything it started, and waits until they are gone.</summary>
    public async Task KillTreeAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        var victims = ProcessTree.KillTree(Pid);
        await WaitForExitAsync(TimeSpan.FromSeconds(30));
        await ProcessTree.WaitForExitAsync(victims, TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _process.Dispose();
}
