using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using IntegrationHub.Cli.Infrastructure;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub subscriptions --hub URL [--key KEY] [--json]</c>: every discharge subscription with its delivery state
/// (status, last delivered and allocated event numbers, backlog, attempts, next attempt, last error), read from
/// the hub's <c>/ops/subscriptions</c>. Exit code 1 when any subscription is in <c>error</c>, so a monitor can
/// run it.
/// </summary>
internal static class SubscriptionsCommand
{
    public const string Usage = "hub subscriptions --hub URL [--key KEY] [--json]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse(args, "json");
        var hub = parsed.Value("hub") ?? throw new CommandException("--hub URL is required (the hub's HTTP address, e.g. http://localhost:5000). usage: " + Usage);
        var key = parsed.Value("key") ?? Environment.GetEnvironmentVariable("HUB_OPS_KEY");
        var raw = parsed.Flag("json");
        parsed.RejectUnknown();
        if (parsed.Positional.Count > 0)
        {
            throw new CommandException("usage: " + Usage);
        }

        if (!Uri.TryCreate(hub.EndsWith('/') ? hub : hub + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new CommandException($"--hub must be an http(s) URL, not '{hub}'.");
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (key is { Length: > 0 })
        {
            http.DefaultRequestHeaders.Add("X-Hub-Ops-Key", key);
        }

        using var response = await http.GetAsync(new Uri("ops/subscriptions", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await output.WriteLineAsync(body);
            throw new CommandException($"the hub answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        if (raw)
        {
            await output.WriteLineAsync(body);
        }

        using var document = JsonDocument.Parse(body);
        var failing = 0;
        if (!raw)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"id",-36}  {"status",-9}  {"owner",-10}  {"delivered",9}  {"events",7}  {"backlog",7}  {"tries",5}  last error"));
        }

        foreach (var item in document.RootElement.EnumerateArray())
        {
            var status = item.GetProperty("status").GetString();
            failing += status == "error" ? 1 : 0;
            if (!raw)
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{item.GetProperty("id").GetString(),-36}  {status,-9}  {item.GetProperty("owner").GetString(),-10}  {item.GetProperty("lastDeliveredEventNumber").GetInt64(),9}  {item.GetProperty("eventsSinceSubscriptionStart").GetInt64(),7}  {item.GetProperty("backlog").GetInt64(),7}  {item.GetProperty("attempts").GetInt32(),5}  {item.GetProperty("lastError").GetString()}"));
            }
        }

        return failing == 0 ? 0 : 1;
    }
}
