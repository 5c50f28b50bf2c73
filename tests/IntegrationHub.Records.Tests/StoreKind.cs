namespace IntegrationHub.Records.Tests;

/// <summary>Which care record store a test runs against: every store test runs on both, with the same assertions.</summary>
public enum StoreKind
{
    /// <summary>PostgreSQL on the shared test server (production).</summary>
    Postgres,

    /// <summary>The embedded SQLite file (the hub's default without PostgreSQL).</summary>
    Sqlite,
}
