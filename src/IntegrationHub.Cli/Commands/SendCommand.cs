using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using IntegrationHub.Cli.Infrastructure;
using IntegrationHub.Cli.Sending;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub send --to HOST:PORT [--tls] [--ca FILE] [--cert PFX [--cert-password P]] [--tls-insecure]
/// [--concurrency N] [--count N] [--timeout SECONDS] [--ack-log FILE] FILE|DIR...</c>
/// </summary>
internal static class SendCommand
{
    public const string Usage = "hub send --to HOST:PORT [--tls] [--ca FILE] [--cert PFX] [--cert-password P] [--tls-insecure] [--concurrency N] [--count N] [--timeout SECONDS] [--ack-log FILE] FILE|DIR...";

    /// <summary>Exit code 0 when every message got AA/CA with the right MSA-2, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse(args, "tls", "tls-insecure");
        var options = ReadOptions(parsed);
        var ackLog = parsed.Value("ack-log");
        parsed.RejectUnknown();
        if (parsed.Positional.Count == 0)
        {
            throw new CommandException("Name at least one FILE or DIR of messages to send.");
        }

        var messages = MessageFiles.Read(parsed.Positional);
        if (messages.Count == 0)
        {
            throw new CommandException("The files hold no messages.");
        }

        var sender = new MllpSender(options);
        var total = options.Count > 0 ? options.Count : messages.Count;
        var started = Stopwatch.GetTimestamp();
        SendResult[] results;
        await using (new ProgressBar(error, total, () => sender.Done, enabled: !Console.IsErrorRedirected))
        {
            results = await sender.SendAsync(messages, cancellationToken);
        }

        var summary = new SendSummary(results, Stopwatch.GetElapsedTime(started));
        if (ackLog is not null)
        {
            await using var log = new StreamWriter(ackLog);
            summary.WriteAckLog(log);
        }

        summary.Print(output);
        return summary.Positive == summary.Sent ? 0 : 1;
    }

    private static SendOptions ReadOptions(CommandArguments parsed)
    {
        var to = parsed.Value("to") ?? throw new CommandException("--to HOST:PORT is required.");
        var colon = to.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(to.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new CommandException($"--to must be HOST:PORT, not '{to}'.");
        }

        var concurrency = parsed.Int("concurrency", 1, 1, 1024);
        var count = parsed.Int("count", 0, 0, 100_000_000);
        var timeout = TimeSpan.FromSeconds(parsed.Int("timeout", 30, 1, 3600));
        var tls = ReadTls(parsed, to[..colon]);
        return new SendOptions(to[..colon], port, concurrency, count, timeout, tls);
    }

    private static MllpClientTlsOptions? ReadTls(CommandArguments parsed, string host)
    {
        var useTls = parsed.Flag("tls");
        var insecure = parsed.Flag("tls-insecure");
        var ca = parsed.Value("ca");
        var cert = parsed.Value("cert");
        var certPassword = parsed.Value("cert-password");
        if (!useTls)
        {
            return ca is null && cert is null && !insecure ? null : throw new CommandException("--ca, --cert and --tls-insecure need --tls.");
        }

        X509Certificate2Collection? roots = null;
        if (ca is not null)
        {
            roots = [];
            roots.ImportFromPemFile(ca);
        }

        return new MllpClientTlsOptions
        {
            TargetHost = host,
            TrustedRoots = roots,
            AcceptAnyServerCertificate = insecure,
            ClientCertificate = cert is null ? null : X509CertificateLoader.LoadPkcs12FromFile(cert, certPassword),
        };
    }
}
