using System.Data.Common;
using Npgsql;

namespace IntegrationHub.Storage;

/// <summary>The configured <c>Postgres:ConnectionString</c>, checked, with the hub's defaults for what it leaves unset.</summary>
internal static class PostgresConnectionString
{
    /// <summary>
    /// Statements prepared per connection when the connection string does not say. The hub runs the same few dozen
    /// statements for every message; prepared, PostgreSQL skips parsing and planning them, which was most of its
    /// CPU per care-record event (and its CPU is shared with the hub's).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Whether a connection going back to the pool is reset, when the connection string does not say. Npgsql's reset
    /// is seven statements (RESET ALL, UNLISTEN *, DISCARD ...) run on the next use, and the hub opens a connection
    /// for every batch and every care-record event: about fourteen statements a message for nothing, because the
    /// hub keeps no session state (its locks are transaction locks, it sets no settings and makes no temporary
    /// tables; prepared statements are kept either way). The one LISTEN connection UNLISTENs before it goes back.
    /// </summary>
    public const bool DefaultNoResetOnClose = true;

    /// <summary>The connection string to use; throws <see cref="InvalidOperationException"/> naming the problem when it is unusable.</summary>
    public static string WithDefaults(string configured)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Postgres:ConnectionString is not a valid Npgsql connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new InvalidOperationException("Postgres:ConnectionString has no Host.");
        }

        // NpgsqlConnectionStringBuilder.ContainsKey says whether a keyword is valid, not whether it was given: read the
        // given keywords with the base builder, which knows none of its own.
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!Names(given, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = DefaultNoResetOnClose;
        }

        return builder.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params ReadOnlySpan<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            if (given.ContainsKey(keyword))
            {
                return true;
            }
        }

        return false;
    }
}
