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

        if (!Names(configured, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    // NpgsqlConnectionStringBuilder.ContainsKey says whether a keyword is valid, not whether it was given: read the
    // given keywords with the base builder, which knows none of its own.
    private static bool Names(string configured, params ReadOnlySpan<string> keywords)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
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
