using IntegrationHub.Intake;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Health;

/// <summary>
/// Ends a wedged hub (<see cref="IntakeWedge"/>) once it has been wedged for <see cref="IntakeOptions.ExitAfterStall"/>:
/// it logs why, stops the host and leaves <see cref="ExitCode"/> as the process's exit code. The liveness check
/// says the same thing, but only a supervisor that acts on health restarts on it (Kubernetes does); Docker's
/// restart policy and systemd's <c>Restart=on-failure</c> restart a process that exits, so without this a wedged hub
/// in the compose deployment would answer AE for ever. Exiting loses nothing: every acknowledged message is
/// durable in RabbitMQ, unacknowledged deliveries return to their queues, and senders resend what got AE.
/// </summary>
internal sealed partial class WedgedIntakeExit(
    IntakeWedge wedge,
    HubExit exit,
    IHostApplicationLifetime lifetime,
    IOptions<IntakeOptions> options,
    ILogger<WedgedIntakeExit> logger) : BackgroundService
{
    /// <summary>EX_TEMPFAIL (sysexits.h): a temporary failure; starting again is expected to help.</summary>
    public const int ExitCode = 75;

    private static readonly TimeSpan LongestCheckInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var after = options.Value.ExitAfterStall;
        if (after == TimeSpan.Zero)
        {
            return;
        }

        // A few checks per ExitAfterStall, so the exit comes at most a quarter late; each costs a volatile read
        // unless intake is failing, and a TCP connect to the broker only once it has failed that long.
        var interval = TimeSpan.FromTicks(Math.Min(LongestCheckInterval.Ticks, after.Ticks / 4));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (await CheckAsync(stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>One check: true when the hub was wedged long enough and has been told to stop.</summary>
    internal async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (await wedge.ReadAsync(options.Value.ExitAfterStall, cancellationToken) is not { BrokerAnswers: true } wedged)
        {
            return false;
        }

        LogExiting(logger, wedged.Describe(), ExitCode);
        exit.Request(ExitCode);
        lifetime.StopApplication();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Wedge}; stopping this instance with exit code {ExitCode} so that its supervisor starts a fresh one (Intake:ExitAfterStall)")]
    private static partial void LogExiting(ILogger logger, string wedge, int exitCode);
}
