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
        """);
    return 2;
}
