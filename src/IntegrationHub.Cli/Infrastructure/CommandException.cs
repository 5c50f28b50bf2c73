namespace IntegrationHub.Cli.Infrastructure;

/// <summary>A usage or input problem, reported to the user as one line and exit code 2.</summary>
internal sealed class CommandException(string message) : Exception(message);
