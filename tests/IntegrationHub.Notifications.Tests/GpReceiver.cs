using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Notifications.Tests;

/// <summary>
/// A GP system's notification endpoint: HTTPS on a free loopback port with a test certificate. It records every
/// POST (when, the SubscriptionStatus type and event numbers, the headers, the body) and can be switched to
/// answer 503, drop the connection, or hang, to play a subscriber that is down or slow.
/// </summary>
internal sealed class GpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GpReceiver(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public enum Behaviour
    {
        Accept,
        Unavailable,
        DropConnection,
        Hang,
    }

    public Behaviour Mode { get; set; } = Behaviour.Accept;

    public Uri Endpoint { get; }

    /// <summary>Every POST in arrival order, including those answered with an error.</summary>
    public ConcurrentQueue<Delivery> Received { get; } = new();

    /// <summary>Event notifications that were answered 200: what the GP system actually took in.</summary>
    public List<Delivery> Accepted => Received.Where(d => d.Accepted && d.Type == "event-notification").ToList();

    public static async Task<GpReceiver> StartAsync(TestCertificate certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.UseHttps(certificate.Certificate)));
        var app = builder.Build();
        GpReceiver? self = null;
        app.MapPost("/notify", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var mode = self!.Mode;
            var delivery = Delivery.Parse(body, context.Request.Headers, DateTimeOffset.UtcNow, mode == Behaviour.Accept);
            self.Received.Enqueue(delivery);
            switch (mode)
            {
                case Behaviour.Accept:
                    context.Response.StatusCode = StatusCodes.Status200OK;
                    break;
                case Behaviour.Unavailable:
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    break;
                case Behaviour.DropConnection:
                    context.Abort();
                    break;
                case Behaviour.Hang:
                    await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    break;
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        self = new GpReceiver(app, new Uri("https://127.0.0.1:" + address.Port.ToString(CultureInfo.InvariantCulture) + "/notify"));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One POST as the GP system saw it.</summary>
    internal sealed record Delivery(DateTimeOffset At, string Type, IReadOnlyList<long> EventNumbers, IReadOnlyList<string> Kinds, string Body, Dictionary<string, string> Headers, bool Accepted)
    {
        public static Delivery Parse(string body, IHeaderDictionary headers, DateTimeOffset at, bool accepted)
        {
            using var document = JsonDocument.Parse(body);
            var status = document.RootElement.GetProperty("entry")[0].GetProperty("resource");
            var type = string.Empty;
            var numbers = new List<long>();
            var kinds = new List<string>();
            foreach (var parameter in status.GetProperty("parameter").EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString();
                if (name == "type")
                {
                    type = parameter.GetProperty("valueCode").GetString()!;
                }
                else if (name == "notification-event")
                {
                    kinds.Add(parameter.GetProperty("extension")[0].GetProperty("valueCode").GetString()!);
                    foreach (var part in parameter.GetProperty("part").EnumerateArray())
                    {
                        if (part.GetProperty("name").GetString() == "event-number")
                        {
                            numbers.Add(long.Parse(part.GetProperty("valueString").GetString()!, CultureInfo.InvariantCulture));
                        }
                    }
                }
            }

            var copied = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in headers)
            {
                copied[name] = value.ToString();
            }

            return new Delivery(at, type, numbers, kinds, body, copied, accepted);
        }
    }
}
