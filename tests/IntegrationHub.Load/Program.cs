using System.Globalization;
using IntegrationHub.Load;
using IntegrationHub.Testing;

// The end-to-end load: real RabbitMQ and PostgreSQL (private, on loopback), N hub processes, and `hub send` as
// the MLLP senders; then, from the database, how fast messages were stored and how long each waited.
// With --broker-ceiling alone: RabbitMQ by itself, the bound it puts on any hub here (BrokerCeiling), then the
// same hop through MassTransit with a consumer that does nothing (MassTransitCeiling).
var services = await TestServices.GetAsync();
var name = "load_" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
if (args is ["--broker-ceiling"])
{
    await BrokerCeiling.RunAsync(services.RabbitMq, await services.RabbitMq.CreateVirtualHostAsync(name), Console.Out);
    await services.RabbitMq.CreateVirtualHostAsync(name + "_mt");
    await MassTransitCeiling.RunAsync(services.RabbitMq, name + "_mt", Console.Out);
    return;
}

var options = LoadOptions.Parse(args);
await services.RabbitMq.CreateVirtualHostAsync(name);
var database = await services.Postgres.CreateDatabaseAsync(name);
var settings = new Dictionary<string, string>
{
    ["RabbitMq:Host"] = services.RabbitMq.Host,
    ["RabbitMq:Port"] = services.RabbitMq.Port.ToString(CultureInfo.InvariantCulture),
    ["RabbitMq:VirtualHost"] = name,
    ["RabbitMq:Username"] = services.RabbitMq.Username,
    ["RabbitMq:Password"] = services.RabbitMq.Password,
    ["Postgres:ConnectionString"] = database,
};

var directory = LoadMessages.WriteDirectory(options.Patients);
var hubs = new List<LoadProcess>();
try
{
    for (var i = 0; i < options.Instances; i++)
    {
        hubs.Add(await LoadProcess.StartHubAsync(settings));
    }

    if (options.Warmup > 0)
    {
        Console.WriteLine($"warm-up: {options.Warmup} messages, not measured");
        await SendAllAsync(options.Warmup, quiet: true);
        await StoreReport.WaitForAsync(database, options.Warmup, since: DateTimeOffset.MinValue, TimeSpan.FromMinutes(5));
    }

    Console.WriteLine($"{options.Instances} hub instance(s) on MLLP ports {string.Join(", ", hubs.Select(h => h.MllpPort))}; sending {options.Count} ADT messages for {options.Patients} patients over {options.Concurrency} connections");
    var measuredFrom = DateTimeOffset.UtcNow;
    var cpuBefore = CpuNow();
    await SendAllAsync(options.Count, quiet: false);

    var report = await StoreReport.WaitForAsync(database, options.Warmup + options.Count, since: measuredFrom, TimeSpan.FromMinutes(5));
    var cpu = CpuNow() - cpuBefore;
    report.Print(Console.Out);
    (await AckToStored.MeasureAsync(database, AckLogs(), since: measuredFrom)).Print(Console.Out);
    cpu.Print(Console.Out, options.Count);
}
finally
{
    foreach (var hub in hubs)
    {
        await hub.DisposeAsync();
    }
}

async Task SendAllAsync(int total, bool quiet)
{
    var senders = new List<Task<string>>();
    for (var i = 0; i < options.Instances; i++)
    {
        // Connections and messages split evenly over the instances, as a load balancer in front would.
        var count = total / options.Instances + (i < total % options.Instances ? 1 : 0);
        var concurrency = Math.Max(1, options.Concurrency / options.Instances);
        senders.Add(LoadProcess.SendAsync(hubs[i].MllpPort, concurrency, count, i, directory, quiet ? null : AckLogs()[i]));
    }

    foreach (var output in await Task.WhenAll(senders))
    {
        if (!quiet)
        {
            Console.WriteLine(output.TrimEnd());
        }
    }
}

// One ACK log per sender, beside the generated messages.
string[] AckLogs() => [.. Enumerable.Range(0, options.Instances).Select(i => directory + $"-acks-{i}.tsv")];

CpuShares CpuNow() => new(
    Hub: hubs.Aggregate(TimeSpan.Zero, (sum, hub) => sum + hub.CpuTime),
    Postgres: ProcessCpu.Postgres(services.Postgres),
    Broker: ProcessCpu.Broker(services.RabbitMq),
    Machine: ProcessCpu.MachineBusy());
