namespace IntegrationHub.Storage;

/// <summary>PostgreSQL, the production store. Unset connection string: the embedded SQLite default is used.</summary>
internal sealed class PostgresOptions
{
    public const string SectionName = "Postgres";

    /// <summary>Npgsql connection string, e.g. <c>Host=db;Database=hub;Username=hub;Password=...</c>.</summary>
    public string? ConnectionString { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
