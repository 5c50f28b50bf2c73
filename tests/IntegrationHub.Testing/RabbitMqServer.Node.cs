using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing.Processes;
using IntegrationHub.Testing.RabbitMq;
using RabbitMQ.Client;

namespace IntegrationHub.Testing;

/// <summary>Starting, stopping and killing the node process.</summary>
public sealed partial class RabbitMqServer
{
    private const int PortRaceAttempts = 3;
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Where the logs stood when the current start attempt began.</summary>
    private long _consoleLogOffset;
    private long _nodeLogOffset;

    private string ConsoleLogPath => _directory!.Combine("console.log");

    private string NodeLogPath => Path.Combine(_directory!.Combine("log"), NodeName + ".log");

    private string PidFilePath => _directory!.Combine("node.pid");

    private async Task StartNodeAsync(CancellationToken cancellationToken)
    {
        _installation ??= await RabbitMqInstallation.FindOrInstallAsync(cancellationToken);
        if (_directory is null)
        {
            _directory = PrivateDirectory.Create("rabbitmq");
            NodeName = string.Create(
                CultureInfo.InvariantCulture,
                $"hubtest-{Environment.ProcessId}-{Path.GetFileName(_directory.Path)[^8..]}@localhost");
            RabbitMqFiles.WriteCookie(_directory);
        }

        // Ports are chosen once; a restart must come back on the same ones. Only a first start may move
        // to new ports, when another process took one between our probe and the node's bind.
        var firstStart = Port == 0;
        for (var attempt = 1; ; attempt++)
        {
            if (firstStart)
            {
                Port = PortPicker();
                _distributionPort = DistinctPort(Port);
                ManagementPort = _options.EnableManagement ? DistinctPort(Port, _distributionPort) : null;
                RabbitMqFiles.WriteConfiguration(_directory, ManagementPort);
            }

            var failure = await LaunchAsync(cancellationToken);
            if (failure is null)
            {
                return;
            }

            if (!firstStart || attempt == PortRaceAttempts || !LostPortRace())
            {
                throw new TestServerException($"RabbitMQ node {NodeName} on port {Port} {failure}\n{LogTail()}");
            }
        }
    }

    /// <summary>Launches the node and waits for it; null when it is ready, otherwise what went wrong (the node is then gone).</summary>
    private async Task<string?> LaunchAsync(CancellationToken cancellationToken)
    {
        File.Delete(PidFilePath);
        _process?.Dispose();
        _consoleLogOffset = LogFile.Length(ConsoleLogPath);
        _nodeLogOffset = LogFile.Length(NodeLogPath);
        _process = ServerProcess.Start(WithNodeEnvironment(new CommandLine(_installation!.ServerScript)), ConsoleLogPath);
        ServerRegistry.Add(this);

        string? failure;
        try
        {
            failure = await WaitUntilReadyAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _process.KillTreeAsync();
            throw;
        }

        if (failure is not null)
        {
            await _process.KillTreeAsync();
        }

        return failure;
    }

    private async Task<string?> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timeout = _options.StartTimeout;

        // Cheap polling first: the AMQP listener opens near the end of boot.
        while (!await FreePort.AcceptsAsync(Port, cancellationToken))
        {
            if (_process!.HasExited)
            {
                return "exited during start-up.";
            }

            if (clock.Elapsed > timeout)
            {
                return $"did not start within {timeout.TotalSeconds:0} s.";
            }

            await Task.Delay(100, cancellationToken);
        }

        // await_startup also waits for plugins (the consistent-hash exchange type) to finish booting.
        var remaining = Math.Max(5, (int)(timeout - clock.Elapsed).TotalSeconds);
        var awaited = await RunCtlRawAsync(
            ["await_startup", "--timeout", remaining.ToString(CultureInfo.InvariantCulture)],
            TimeSpan.FromSeconds(remaining + 10),
            cancellationToken);
        if (_process!.HasExited)
        {
            return "exited during start-up.";
        }

        if (!awaited.Succeeded)
        {
            return "did not finish booting: " + awaited.Describe();
        }

        try
        {
            await ProbeAmqpAsync(cancellationToken);
        }
        catch (TestServerException exception)
        {
            return exception.Message;
        }

        return null;
    }

    /// <summary>The kernel may hand back a port it gave us a moment ago; the node needs three different ones.</summary>
    private int DistinctPort(int first, int second = 0)
    {
        var port = PortPicker();
        while (port == first || port == second)
        {
            port = PortPicker();
        }

        return port;
    }

    private bool LostPortRace()
    {
        return LogFile.ContainsSince(NodeLogPath, _nodeLogOffset, "eaddrinuse")
            || LogFile.ContainsSince(ConsoleLogPath, _consoleLogOffset, "eaddrinuse")
            || !FreePort.IsFree(Port)
            || !FreePort.IsFree(_distributionPort)
            || (ManagementPort is int management && !FreePort.IsFree(management));
    }

    private async Task StopNodeAsync(CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        var result = await RunCtlRawAsync(["shutdown"], StopTimeout, cancellationToken);
        if (!await _process.WaitForExitAsync(StopTimeout))
        {
            await KillNodeAsync();
            throw new TestServerException($"RabbitMQ node {NodeName} did not stop ({result.Describe()}); it was killed.\n{LogTail()}");
        }
    }

    private async Task KillNodeAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        // The Erlang VM is a child of the start script; kill the VM itself first, as a crash would, and wait
        // until all its threads are gone (they hold the ports) before the script and the rest of the tree.
        var vm = ProcessTree.ReadPidFile(PidFilePath);
        if (vm != 0 && ProcessTree.Descendants(_process.Pid).Contains(vm))
        {
            ProcessTree.Kill(vm);
            await ProcessTree.WaitForExitAsync([vm], StopTimeout);
        }

        await _process.KillTreeAsync();
    }

    private async Task<CommandResult> RunCtlRawAsync(string[] args, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_directory is null || _installation is null)
        {
            throw new TestServerException("The RabbitMQ node has not been started yet.");
        }

        var command = WithNodeEnvironment(new CommandLine(_installation.CtlScript, ["-n", NodeName, .. args]));
        return await CommandRunner.RunAsync(command, timeout, cancellationToken);
    }

    private async Task ProbeAmqpAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = AmqpUri,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
            AutomaticRecoveryEnabled = false,
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException exception)
        {
            throw new TestServerException($"RabbitMQ at {Host}:{Port} does not accept AMQP connections: {exception.InnerException?.Message ?? exception.Message}", exception);
        }
    }

    /// <summary>The environment that points the scripts at this node only, never at a system-wide node or its files.</summary>
    private CommandLine WithNodeEnvironment(CommandLine command)
    {
        var directory = _directory!;
        command.WorkingDirectory = directory.Path;
        return command
            .DropInherited("RABBITMQ_")
            .Set("HOME", directory.Path)
            .Set("RABBITMQ_NODENAME", NodeName)
            .Set("RABBITMQ_NODE_IP_ADDRESS", LoopbackAddress)
            .Set("RABBITMQ_NODE_PORT", Port.ToString(CultureInfo.InvariantCulture))
            .Set("RABBITMQ_DIST_PORT", _distributionPort.ToString(CultureInfo.InvariantCulture))
            .Set("RABBITMQ_MNESIA_BASE", directory.Combine("mnesia"))
            .Set("RABBITMQ_LOG_BASE", directory.Combine("log"))
            .Set("RABBITMQ_PID_FILE", PidFilePath)
            .Set("RABBITMQ_CONFIG_FILE", directory.Combine(RabbitMqFiles.ConfigFileName))
            .Set("RABBITMQ_ADVANCED_CONFIG_FILE", directory.Combine("advanced.config"))
            .Set("RABBITMQ_ENABLED_PLUGINS_FILE", directory.Combine(RabbitMqFiles.PluginsFileName))
            .Set("RABBITMQ_CONF_ENV_FILE", directory.Combine(RabbitMqFiles.EnvFileName))
            .Set("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
    }
}
