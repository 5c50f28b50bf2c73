namespace IntegrationHub.Testing;

/// <summary>How a private PostgreSQL server is started.</summary>
public sealed class PostgresServerOptions
{
    /// <summary>How long one start may take before it is abandoned with the log tail in the exception.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Integration tests open many pools in parallel; the default of 100 runs out.</summary>
    public int MaxConnections { get; init; } = 200;
}
