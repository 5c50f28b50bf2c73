using System.Diagnostics;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Runs the independent R4 validator (../shared/tools/fhir-validate) once over a folder, as the FHIR tests do.</summary>
internal static class FhirValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly Lock InstallLock = new();

    private static string ToolDirectory => Path.GetFullPath(Path.Combine(Paths.Repository, "..", "shared", "tools", "fhir-validate"));

    public static (int ExitCode, string Output) Validate(string path)
    {
        EnsureInstalled();
        return Run("node", [Path.Combine(ToolDirectory, "fhir-validate.mjs"), path]);
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@medplum")))
            {
                return;
            }

            var (code, output) = Run("npm", ["ci"]);
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci for the FHIR validator failed:\n" + output);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = ToolDirectory,
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
}
