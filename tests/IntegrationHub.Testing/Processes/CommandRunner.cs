using System.Diagnostics;

namespace IntegrationHub.Testing.Processes;

/// <summary>
/// Runs short commands to completion with a hard time limit. Output goes to temp files rather than pipes:
/// a daemon the command leaves behind (apt-get's post-install starting the system RabbitMQ, rabbitmqctl
/// starting epmd) can inherit the descriptors, and a pipe would then never reach end-of-file. The files
/// live in one private directory per process, so even those of a command cut short by the test host being
/// killed are removed by the exit watchdog.
/// </summary>
internal static class CommandRunner
{
    private static readonly Lazy<PrivateDirectory> Scratch = new(() => PrivateDirectory.Create("commands"));

    // $0 = stdout file, $1 = stderr file, then the command and its arguments.
    private const string ExecToFiles = "err=$1; shift; exec \"$@\" >\"$0\" 2>\"$err\" </dev/null";

    public static async Task<CommandResult> RunAsync(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stem = Scratch.Value.Combine(Guid.NewGuid().ToString("N"));
        var outputPath = stem + ".out";
        var errorPath = stem + ".err";
        try
        {
            using var process = Start(command.Wrap("/bin/sh", "-c", ExecToFiles, outputPath, errorPath), command);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TestServerException(
                    $"'{command}' did not finish within {timeout.TotalSeconds:0} s.\n{ReadAll(outputPath)}\n{ReadAll(errorPath)}");
            }

            return new CommandResult(process.ExitCode, ReadAll(outputPath), ReadAll(errorPath));
        }
        finally
        {
            File.Delete(outputPath);
            File.Delete(errorPath);
        }
    }

    /// <summary>Runs the command and throws, with its output, when it fails.</summary>
    public static async Task<CommandResult> RunCheckedAsync(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(command, timeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new TestServerException($"'{command}' failed: {result.Describe()}");
        }

        return result;
    }

    private static Process Start(CommandLine wrapped, CommandLine original)
    {
        var process = new Process { StartInfo = wrapped.ToStartInfo() };
        try
        {
            process.Start();
            return process;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new TestServerException($"Could not run '{original}': {exception.Message}", exception);
        }
    }

    private static string ReadAll(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
