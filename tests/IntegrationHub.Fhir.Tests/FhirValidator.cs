using System.Diagnostics;

namespace IntegrationHub.Fhir.Tests;

/// <summary>Runs the independent R4 validator (../shared/tools/fhir-validate) as a Node.js process.</summary>
internal static class FhirValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly Lock InstallLock = new();

    public static string ToolDirectory { get; } = FindToolDirectory();

    /// <summary>Validates a file or directory; returns the exit code and everything the tool printed.</summary>
    /// <param name="path">A file or a directory (searched recursively).</param>
    /// <param name="strict">Warnings fail a file too.</param>
    public static (int ExitCode, string Output) Validate(string path, bool strict = false)
    {
        EnsureInstalled();
        var arguments = new List<string> { Path.Combine(ToolDirectory, "fhir-validate.mjs") };
        if (strict)
        {
            arguments.Add("--strict");
        }

        arguments.Add(path);
        return Run("node", arguments, ToolDirectory);
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@medplum")))
            {
                return;
            }

            var (code, output) = Run("npm", ["ci"], ToolDirectory);
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci for the FHIR validator failed:\n" + output);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {Timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    // The tool lives beside the repository: <folder holding IntegrationHub.sln>/../shared/tools/fhir-validate.
    private static string FindToolDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tools", "fhir-validate"));
            }
        }

        throw new DirectoryNotFoundException("No folder holding IntegrationHub.sln above " + AppContext.BaseDirectory);
    }
}
