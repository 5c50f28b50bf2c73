using System.Net.Http.Headers;
using IntegrationHub.Cli.Infrastructure;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub failures --hub URL [--key KEY]</c> lists failed messages with their reasons;
/// <c>hub replay --hub URL [--key KEY] [ID...]</c> replays them (all when no id is given), oldest first.
/// Both call the hub's ops HTTP endpoints.
/// </summary>
internal static class OpsCommand
{
    public const string FailuresUsage = "hub failures --hub URL [--key KEY]";

    public const string ReplayUsage = "hub replay --hub URL [--key KEY] [MESSAGE-ID...]";

    public static async Task<int> FailuresAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = Connect(args, out var parsed);
        if (parsed.Positional.Count > 0)
        {
            throw new CommandException("usage: " + FailuresUsage);
        }

        var response = await http.GetAsync(new Uri("ops/failures", UriKind.Relative), cancellationToken);
        return await ReportAsync(response, output, cancellationToken);
    }

    public static async Task<int> ReplayAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        using var http = Connect(args, out var parsed);
        var ids = new List<string>();
        foreach (var id in parsed.Positional)
        {
            ids.Add(Guid.TryParse(id, out var guid) ? "ids=" + guid : throw new CommandException($"'{id}' is not a message id (a GUID from hub failures)."));
        }

        var query = ids.Count == 0 ? string.Empty : "?" + string.Join('&', ids);
        var response = await http.PostAsync(new Uri("ops/failures/replay" + query, UriKind.Relative), content: null, cancellationToken);
        return await ReportAsync(response, output, cancellationToken);
    }

    private static HttpClient Connect(IReadOnlyList<string> args, out CommandArguments parsed)
    {
        parsed = CommandArguments.Parse(args);
        var hub = parsed.Value("hub") ?? throw new CommandException("--hub URL is required (the hub's HTTP address, e.g. http://localhost:5000).");
        var key = parsed.Value("key") ?? Environment.GetEnvironmentVariable("HUB_OPS_KEY");
        parsed.RejectUnknown();
        if (!Uri.TryCreate(hub.EndsWith('/') ? hub : hub + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new CommandException($"--hub must be an http(s) URL, not '{hub}'.");
        }

        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (key is { Length: > 0 })
        {
            http.DefaultRequestHeaders.Add("X-Hub-Ops-Key", key);
        }

        return http;
    }

    private static async Task<int> ReportAsync(HttpResponseMessage response, TextWriter output, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        await output.WriteLineAsync(body);
        if (!response.IsSuccessStatusCode)
        {
            throw new CommandException($"the hub answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        return 0;
    }
}
