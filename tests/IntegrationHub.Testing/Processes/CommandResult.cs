namespace IntegrationHub.Testing.Processes;

/// <summary>The outcome of a short command (initdb, pg_ctl, rabbitmqctl, apt-get).</summary>
internal readonly record struct CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Both streams, for exception messages.</summary>
    public string Describe() => $"exit code {ExitCode}\n{StandardOutput}\n{StandardError}".TrimEnd();
}
