using System.Globalization;

namespace IntegrationHub.Testing.Postgres;

/// <summary>The directory holding initdb, pg_ctl and postgres: /usr/lib/postgresql/&lt;version&gt;/bin (15 preferred, else the newest), else PATH.</summary>
internal sealed record PostgresInstallation(string BinDirectory)
{
    private const string DebianRoot = "/usr/lib/postgresql";
    private const int PreferredVersion = 15;

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public string Postgres => Path.Combine(BinDirectory, "postgres");

    public static PostgresInstallation Find()
    {
        var best = FindVersioned();
        if (best is not null)
        {
            return best;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(directory, "initdb");
            if (File.Exists(initdb))
            {
                // Follow symlinks (Debian puts links in /usr/local/bin) so pg_ctl and postgres are the same version.
                var real = File.ResolveLinkTarget(initdb, returnFinalTarget: true)?.FullName ?? initdb;
                var candidate = new PostgresInstallation(Path.GetDirectoryName(real)!);
                if (candidate.IsComplete())
                {
                    return candidate;
                }
            }
        }

        throw new TestServerException(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found under " + DebianRoot
            + "/<version>/bin or on PATH. Install postgresql-15 or set HUB_TEST_POSTGRES to a server you run.");
    }

    private static PostgresInstallation? FindVersioned()
    {
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        PostgresInstallation? newest = null;
        var newestVersion = -1;
        foreach (var directory in Directory.GetDirectories(DebianRoot))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                continue;
            }

            var candidate = new PostgresInstallation(Path.Combine(directory, "bin"));
            if (!candidate.IsComplete())
            {
                continue;
            }

            if (version == PreferredVersion)
            {
                return candidate;
            }

            if (version > newestVersion)
            {
                newest = candidate;
                newestVersion = version;
            }
        }

        return newest;
    }

    private bool IsComplete() => File.Exists(InitDb) && File.Exists(PgCtl) && File.Exists(Postgres);
}
