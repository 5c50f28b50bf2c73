using IntegrationHub.Testing.Processes;

namespace IntegrationHub.Testing.RabbitMq;

/// <summary>
/// Where the real RabbitMQ scripts are. Debian's /usr/sbin/rabbitmq-server is a wrapper that, run as root,
/// re-executes the script as the rabbitmq user through su, which resets HOME (and so the Erlang cookie);
/// we call the real scripts under /usr/lib/rabbitmq/bin directly instead, as whoever we are.
/// </summary>
internal sealed record RabbitMqInstallation(string ServerScript, string CtlScript)
{
    private const string DebianBin = "/usr/lib/rabbitmq/bin";
    private const string WrapperName = "rabbitmq-script-wrapper";

    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Finds RabbitMQ, installing the Debian package with apt-get when it is missing and we are root.</summary>
    public static async Task<RabbitMqInstallation> FindOrInstallAsync(CancellationToken cancellationToken)
    {
        var found = Find();
        if (found is not null)
        {
            return found;
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            found = Find();
            if (found is not null)
            {
                return found;
            }

            try
            {
                await InstallAsync(cancellationToken);
            }
            catch (TestServerException) when (Find() is not null)
            {
                // The package's post-install step starts the system node, which fails on machines without an
                // init system; the scripts are unpacked all the same, and we never use that node anyway.
            }

            return Find() ?? throw new TestServerException(
                "apt-get installed rabbitmq-server but no rabbitmq-server script was found under " + DebianBin + " or on PATH.");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Looks in /usr/lib/rabbitmq/bin, then on PATH.</summary>
    public static RabbitMqInstallation? Find()
    {
        var candidates = new List<string> { DebianBin };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(':', StringSplitOptions.RemoveEmptyEntries));
        return FindIn(candidates);
    }

    /// <summary>The first directory whose rabbitmq-server is (or links to) the real script, not Debian's su wrapper.</summary>
    public static RabbitMqInstallation? FindIn(IEnumerable<string> candidates)
    {
        foreach (var directory in candidates)
        {
            var script = Resolve(Path.Combine(directory, "rabbitmq-server"));
            if (script is null || Path.GetFileName(script) == WrapperName)
            {
                continue;
            }

            // rabbitmqctl lives beside the real server script (sbin of the versioned release directory).
            var ctl = Path.Combine(Path.GetDirectoryName(script)!, "rabbitmqctl");
            if (File.Exists(ctl))
            {
                return new RabbitMqInstallation(script, ctl);
            }
        }

        return null;
    }

    private static string? Resolve(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        return target?.FullName ?? path;
    }

    private static async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new TestServerException(
                "rabbitmq-server is not installed and this process is not root, so it cannot install it. "
                + "Install it (Debian: apt-get install rabbitmq-server) or set HUB_TEST_RABBITMQ_URI to a broker you run.");
        }

        var update = new CommandLine("apt-get", "update").Set("DEBIAN_FRONTEND", "noninteractive");
        var install = new CommandLine("apt-get", "install", "-y", "rabbitmq-server")
            .Set("DEBIAN_FRONTEND", "noninteractive");
        try
        {
            await CommandRunner.RunCheckedAsync(update, InstallTimeout, cancellationToken);
            await CommandRunner.RunCheckedAsync(install, InstallTimeout, cancellationToken);
        }
        catch (TestServerException exception)
        {
            throw new TestServerException(
                "rabbitmq-server is not installed and installing it with apt-get failed. "
                + "Install it by hand or set HUB_TEST_RABBITMQ_URI.\n" + exception.Message,
                exception);
        }
    }
}
