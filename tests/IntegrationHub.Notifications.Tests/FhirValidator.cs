using System.Diagnostics;

namespace IntegrationHub.Notifications.Tests;

/// <summary>Runs the independent R4 validator (../shared/tools/fhir-validate) over a folder of response bodies.</summary>
internal static class FhirValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Fails the test with the validator's report unless every file passes with zero errors.</summary>
    public static void AssertValid(string directory)
    {
        Assert.NotEmpty(Directory.GetFiles(directory, "*.json"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Paths.Validator,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Paths.Validator, "fhir-validate.mjs"));
        start.ArgumentList.Add("--errors-only");
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The FHIR validator did not finish.");
        }

        Assert.True(process.ExitCode == 0, "FHIR validator found errors:\n" + stdout.Result + stderr.Result);
    }
}
