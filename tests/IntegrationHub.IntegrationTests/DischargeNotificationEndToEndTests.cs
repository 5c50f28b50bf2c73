using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// A GP practice subscribes to discharges through the hub's FHIR API; the PAS sends admissions and discharges
/// over MLLP; each discharge arrives at the practice's endpoint as a notification with gap-free event numbers,
/// and patients of another practice never do. A second subscriber that hangs on every notification delays
/// neither the first subscriber nor the PAS's ACKs. Reports the time from each A03's ACK to its notification's
/// arrival.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class DischargeNotificationEndToEndTests(RealServicesFixture services, ITestOutputHelper output)
{
    private const int Patients = 30;
    private const string Topic = "https://fhir.integration-hub.nhs.uk/SubscriptionTopic/discharge";
    private const string Backport = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/";
    private static readonly TimeSpan HungTimeout = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task EachDischargeOfThePracticesPatientsArrivesOnceInOrderAndOthersNever()
    {
        var settings = await services.IsolatedSettingsAsync("notify");
        settings["Notifications:AllowHttpEndpoints"] = "true";
        settings["Notifications:AllowLoopbackEndpoints"] = "true";
        settings["Notifications:Timeout"] = HungTimeout.ToString();
        await using var receiver = await Receiver.StartAsync(hangOnEvents: false);
        await using var hung = await Receiver.StartAsync(hangOnEvents: true);
        await using var hub = await HubInstance.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = hub.Http };

        using var created = await http.PostAsync(new Uri("/fhir/Subscription", UriKind.Relative), new StringContent(Subscription(receiver.Endpoint, "B86001"), Encoding.UTF8, "application/fhir+json"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        var subscriptionId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var createdHung = await http.PostAsync(new Uri("/fhir/Subscription", UriKind.Relative), new StringContent(Subscription(hung.Endpoint, "B86001"), Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.Created, createdHung.StatusCode);
        await WaitUntilAsync(() => hung.Handshakes > 0, "the hanging subscriber was never sent a handshake");
        try
        {
            await WaitUntilAsync(() => receiver.Handshakes > 0, "the endpoint was never sent a handshake");
        }
        catch (Exception)
        {
            Diagnose(await http.GetStringAsync(new Uri("/ops/subscriptions", UriKind.Relative)), receiver.Posts);
            throw;
        }

        var acked = new ConcurrentDictionary<string, long>();
        var ackLatencies = new List<double>();
        await using (var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort))
        {
            for (var patient = 0; patient < Patients; patient++)
            {
                // Every third patient is registered with another practice.
                var practice = patient % 3 == 2 ? "Y99999" : "B86001";
                foreach (var trigger in new[] { "A01", "A03" })
                {
                    var controlId = string.Create(CultureInfo.InvariantCulture, $"NTF{patient:D2}-{trigger}");
                    var sentAt = Stopwatch.GetTimestamp();
                    var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(Adt(controlId, patient, trigger, practice))))!);
                    ackLatencies.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
                    Assert.Contains($"MSA|AA|{controlId}", ack);
                    if (trigger == "A03")
                    {
                        acked[NhsNumber(patient)] = Stopwatch.GetTimestamp();
                    }
                }
            }
        }

        var expected = Enumerable.Range(0, Patients).Where(p => p % 3 != 2).Select(NhsNumber).ToHashSet();
        await WaitUntilAsync(() => receiver.Notifications.Count >= expected.Count, $"notifications arrived: {receiver.Notifications.Count} of {expected.Count}", seconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var notifications = receiver.Notifications.ToArray();

        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => (long)n), notifications.Select(n => n.EventNumber));
        Assert.Equal(expected, notifications.Select(n => n.NhsNumber).ToHashSet());
        Assert.Equal(expected.Count, notifications.Length);

        var latencies = notifications.Select(n => Stopwatch.GetElapsedTime(acked[n.NhsNumber], n.ArrivedAt).TotalMilliseconds).Order().ToArray();
        var acks = ackLatencies.Order().ToArray();
        output.WriteLine($"A03 ACK -> notification at the receiver over {latencies.Length}: p50 {Percentile(latencies, 0.5):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms");
        output.WriteLine($"MLLP ACK latency while a subscriber hangs: p50 {Percentile(acks, 0.5):F1} ms, p99 {Percentile(acks, 0.99):F1} ms, max {acks[^1]:F1} ms; the hanging subscriber was sent {hung.EventPosts} notification(s)");

        // Independence: the hung subscriber's POSTs each take the full timeout; had the healthy subscriber or
        // intake waited behind them, they would show it.
        Assert.True(hung.EventPosts > 0, "the hanging subscriber was never tried, so nothing was shown");
        Assert.True(latencies[^1] < HungTimeout.TotalMilliseconds, $"a notification took {latencies[^1]:F0} ms, as long as the hung subscriber's timeout");
        Assert.True(acks[^1] < HungTimeout.TotalMilliseconds, $"an MLLP ACK took {acks[^1]:F0} ms while a subscriber hung");

        // What the subscription's status says agrees with what arrived.
        var status = await http.GetStringAsync(new Uri($"/fhir/Subscription/{subscriptionId}/$status", UriKind.Relative));
        Assert.Contains(expected.Count.ToString(CultureInfo.InvariantCulture), status);
    }

    private static string NhsNumber(int patient)
    {
        for (var stem = 600_000_000L + (patient * 13L); ; stem++)
        {
            var digits = stem.ToString("D9", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check != 10)
            {
                return digits + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Adt(string controlId, int patient, string trigger, string practice) =>
        $"MSH|^~\\&|PAS|RX1|HUB|HUB|20260301120000||ADT^{trigger}^ADT_A01|{controlId}|P|2.4|||||GBR|8859/1\r" +
        $"EVN|{trigger}|2026030{(trigger == "A01" ? "1" : "3")}120000\r" +
        $"PID|1||{NhsNumber(patient)}^^^NHS^NH~RX{patient:D6}^^^RX1^MR||PATIENT^NUMBER{patient}^^^MR||19700101|M|||1 HIGH STREET^^LEEDS^^LS1 1AA^GBR\r" +
        $"PD1|||A PRACTICE^^{practice}|G1234567^JONES^ANNE\r" +
        $"PV1|1|I|WARD1^BED1^^RX1||||C1234567^WHO^DOCTOR|||MED||||19|||||V{patient}|||||||||||||||||||||||||20260301120000{(trigger == "A03" ? "|20260303120000" : string.Empty)}\r";

    private static string Subscription(Uri endpoint, string ods) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["resourceType"] = "Subscription",
        ["meta"] = new { profile = new[] { Backport + "backport-subscription" } },
        ["status"] = "requested",
        ["reason"] = "Discharges of our registered patients",
        ["criteria"] = Topic,
        ["_criteria"] = new { extension = new[] { new { url = Backport + "backport-filter-criteria", valueString = "Encounter?practice=" + ods } } },
        ["channel"] = new Dictionary<string, object>
        {
            ["type"] = "rest-hook",
            ["endpoint"] = endpoint.AbsoluteUri,
            ["payload"] = "application/fhir+json",
            ["_payload"] = new { extension = new[] { new { url = Backport + "backport-payload-content", valueCode = "full-resource" } } },
        },
    });

    private void Diagnose(string subscriptions, int posts) => output.WriteLine($"receiver got {posts} POSTs; ops says: {subscriptions}");

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task WaitUntilAsync(Func<bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(50);
        }
    }

    /// <summary>The GP system's endpoint: records handshakes and each event notification's number, patient and arrival.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private readonly bool _hangOnEvents;

        private Receiver(WebApplication app, bool hangOnEvents)
        {
            _app = app;
            _hangOnEvents = hangOnEvents;
        }

        public int EventPosts { get; private set; }

        public Uri Endpoint { get; private set; } = null!;

        public int Handshakes { get; private set; }

        public int Posts { get; private set; }

        public ConcurrentQueue<(long EventNumber, string NhsNumber, long ArrivedAt)> Notifications { get; } = new();

        public static async Task<Receiver> StartAsync(bool hangOnEvents)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app, hangOnEvents);
            app.MapPost("/notify", async context =>
            {
                var arrived = Stopwatch.GetTimestamp();
                receiver.Posts++;
                using var document = await JsonDocument.ParseAsync(context.Request.Body);
                if (receiver.Record(document.RootElement, arrived) && receiver._hangOnEvents)
                {
                    // A GP system that takes the handshake and then stops answering.
                    await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status200OK;
            });
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            receiver.Endpoint = new Uri(address, "/notify");
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        /// <summary>Records the POST; true when it was an event notification.</summary>
        private bool Record(JsonElement bundle, long arrived)
        {
            var status = bundle.GetProperty("entry")[0].GetProperty("resource");
            string? type = null;
            long number = 0;
            foreach (var parameter in status.GetProperty("parameter").EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString();
                if (name == "type")
                {
                    type = parameter.GetProperty("valueCode").GetString();
                }
                else if (name == "notification-event")
                {
                    foreach (var part in parameter.GetProperty("part").EnumerateArray())
                    {
                        if (part.GetProperty("name").GetString() == "event-number")
                        {
                            number = long.Parse(part.GetProperty("valueString").GetString()!, CultureInfo.InvariantCulture);
                        }
                    }
                }
            }

            if (type == "handshake")
            {
                Handshakes++;
                return false;
            }

            if (type != "event-notification")
            {
                return false;
            }

            EventPosts++;
            if (_hangOnEvents)
            {
                return true;
            }

            var nhsNumber = bundle.GetProperty("entry").EnumerateArray()
                .Select(entry => entry.TryGetProperty("resource", out var resource) ? resource : default)
                .Where(resource => resource.ValueKind == JsonValueKind.Object && resource.GetProperty("resourceType").GetString() == "Patient")
                .SelectMany(resource => resource.GetProperty("identifier").EnumerateArray())
                .First(identifier => identifier.GetProperty("system").GetString() == "https://fhir.nhs.uk/Id/nhs-number")
                .GetProperty("value").GetString()!;
            Notifications.Enqueue((number, nhsNumber, arrived));
            return true;
        }
    }
}
