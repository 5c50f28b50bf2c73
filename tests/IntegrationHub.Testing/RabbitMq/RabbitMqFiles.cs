using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Testing.Processes;

namespace IntegrationHub.Testing.RabbitMq;

/// <summary>The files a private node reads: Erlang cookie, rabbitmq.conf, enabled plugins and an empty env file.</summary>
internal static class RabbitMqFiles
{
    public const string ConfigFileName = "rabbitmq.conf";
    public const string PluginsFileName = "enabled_plugins";
    public const string EnvFileName = "rabbitmq-env.conf";

    private const string CookieAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>
    /// The cookie lives in the node's HOME so rabbitmqctl run with the same environment can talk to it;
    /// Erlang refuses a cookie file others can read, hence mode 0400.
    /// </summary>
    public static void WriteCookie(PrivateDirectory directory)
    {
        var path = directory.Combine(".erlang.cookie");
        File.WriteAllText(path, RandomNumberGenerator.GetString(CookieAlphabet, 32));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
        }

        // An empty env file replaces /etc/rabbitmq/rabbitmq-env.conf, which could otherwise override our settings.
        File.WriteAllText(directory.Combine(EnvFileName), string.Empty);
    }

    public static void WriteConfiguration(PrivateDirectory directory, int? managementPort)
    {
        var config = new StringBuilder()
            .AppendLine("# A private test node: loopback only, guest allowed because clients are local.")
            .AppendLine("loopback_users.guest = true")
            .AppendLine("log.file.level = info")
            .AppendLine("log.console = false")
            .AppendLine("# Tests read message counts through rabbitmqctl; the default 5 s statistics interval makes them stale.")
            .AppendLine("collect_statistics_interval = 500");
        var plugins = "rabbitmq_consistent_hash_exchange";
        if (managementPort is int port)
        {
            config.AppendLine("management.tcp.ip = 127.0.0.1")
                .AppendLine(CultureInfo.InvariantCulture, $"management.tcp.port = {port}");
            plugins += ",rabbitmq_management";
        }

        File.WriteAllText(directory.Combine(ConfigFileName), config.ToString());
        File.WriteAllText(directory.Combine(PluginsFileName), $"[{plugins}].\n");
    }
}
