using System.Diagnostics;

namespace IntegrationHub.Testing.Processes;

/// <summary>Runs short commands to completion, capturing their output, with a hard time limit.</summary>
internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var info = command.ToStartInfo();
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new TestServerException($"Could not run '{command}': {exception.Message}", exception);
        }

        // No command we run reads input; closing stdin stops any prompt from waiting forever.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);

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
                $"'{command}' did not finish within {timeout.TotalSeconds:0} s.\n{await output}\n{await error}");
        }

        return new CommandResult(process.ExitCode, await output, await error);
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
}
