using IntegrationHub.Cli.Commands;
using IntegrationHub.Cli.Infrastructure;

// hub: the operator's tool. Each command is one class under Commands/.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return args switch
    {
        ["send", .. var rest] => await SendCommand.RunAsync(rest, Console.Out, Console.Error, cancel.Token),
        ["bench", "parse", .. var rest] => await BenchParseCommand.RunAsync(rest, Console.Out),
        ["failures", .. var rest] => await OpsCommand.FailuresAsync(rest, Console.Out, cancel.Token),
        ["replay", .. var rest] => await OpsCommand.ReplayAsync(rest, Console.Out, cancel.Token),
        ["subscriptions", .. var rest] => await SubscriptionsCommand.RunAsync(rest, Console.Out, cancel.Token),
        ["convert", .. var rest] => await ConvertCommand.RunAsync(rest, Console.Out, Console.Error),
        ["mappings", "check", .. var rest] => await MappingsCheckCommand.RunAsync(rest, Console.Out),
        ["bench", "map", .. var rest] => await BenchMapCommand.RunAsync(rest, Console.Out),
        _ => Usage(),
    };
}
catch (CommandException ex)
{
    await Console.Error.WriteLineAsync("hub: " + ex.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          hub send --to HOST:PORT [--tls] [--concurrency N] [--count N] FILE|DIR...   send v2 messages over MLLP, check every ACK
          hub bench parse DIR                                                        measure the v2 parser on the messages in DIR
          hub failures --hub URL [--key KEY]                                         list messages that failed after their retries
          hub replay --hub URL [--key KEY] [MESSAGE-ID...]                           replay failed messages (all when no id), oldest first
          hub convert [--sender PROFILE] [--out DIR] [--mappings DIR] FILE|DIR...    map v2 messages to FHIR message Bundles
          hub mappings check [--mappings DIR]                                        load and check every mapping file
          hub bench map DIR [--seconds N] [--mappings DIR]                           measure parse + map + serialise per file
        """);
    return 2;
}
