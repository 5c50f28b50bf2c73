using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// The whole path: v2 over MLLP, RabbitMQ partitions, mapping, the care record view in PostgreSQL, and the FHIR
/// API's answer. An admission, a transfer and a discharge become one Patient (found by NHS number) with one
/// finished Encounter; an older update arriving last does not overwrite the newer name.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class CareRecordEndToEndTests(RealServicesFixture services)
{
    private const string NhsNumber = "9434765919";

    [Fact]
    public async Task AdmitTransferDischargeOverMllpIsServedAsOnePatientWithAFinishedEncounter()
    {
        var settings = await services.IsolatedSettingsAsync("record");
        await using var hub = await HubInstance.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = hub.Http };
        await using var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);

        foreach (var (controlId, trigger, at, family) in new[]
        {
            ("CR-1", "A01", "202603011000", "TAYLOR"),
            ("CR-2", "A02", "202603011400", "TAYLOR"),
            ("CR-3", "A08", "202603021000", "TAYLOR-JONES"),
            ("CR-4", "A03", "202603031100", "TAYLOR-JONES"),
            // Sent last but happened first: must not bring the old name back.
            ("CR-5", "A08", "202602281200", "TAYLOR"),
        })
        {
            var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(Adt(controlId, trigger, at, family))))!);
            Assert.Contains($"MSA|AA|{controlId}", ack);
        }

        var patients = await FhirHttp.WaitForAsync(http, $"/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|{NhsNumber}", bundle => FhirHttp.Matches(bundle).Count == 1);
        var patient = patients.GetProperty("entry")[0].GetProperty("resource");
        var patientId = patient.GetProperty("id").GetString();
        var encounters = await FhirHttp.WaitForAsync(http, $"/fhir/Encounter?patient=Patient/{patientId}", bundle =>
            FhirHttp.Matches(bundle).Count == 1 && bundle.GetProperty("entry")[0].GetProperty("resource").GetProperty("status").GetString() == "finished");
        var encounter = encounters.GetProperty("entry")[0].GetProperty("resource");
        Assert.StartsWith("2026-03-01", encounter.GetProperty("period").GetProperty("start").GetString());
        Assert.StartsWith("2026-03-03", encounter.GetProperty("period").GetProperty("end").GetString());

        // All five events are in; the newest name stands.
        await FhirHttp.WaitForAsync(http, "/ops/messages?controlId=CR-5", found => found.GetArrayLength() == 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var current = await FhirHttp.GetAsync(http, $"/fhir/Patient/{patientId}");
        Assert.Equal("TAYLOR-JONES", current.GetProperty("name")[0].GetProperty("family").GetString());

        using var missing = await http.GetAsync(new Uri("/fhir/Patient/does-not-exist", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("OperationOutcome", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("resourceType").GetString());
    }

    private static string Adt(string controlId, string trigger, string at, string family) =>
        $"MSH|^~\\&|PAS|RX1|HUB|HUB|{at}00||ADT^{trigger}^ADT_A01|{controlId}|P|2.4|||||GBR|8859/1\r" +
        $"EVN|{trigger}|{at}00\r" +
        $"PID|1||{NhsNumber}^^^NHS^NH~RX123456^^^RX1^MR||{family}^ANNE^^^MRS||19700101|F|||1 HIGH STREET^^LEEDS^^LS1 1AA^GBR\r" +
        "PD1|||LEEDS MEDICAL PRACTICE^^B86001|G1234567^JONES^ANNE\r" +
        $"PV1|1|I|{(trigger == "A01" ? "WARD1" : "WARD2")}^BED1^^RX1||||C1234567^WHO^DOCTOR|||MED||||19|||||V100|||||||||||||||||||||||||202603011000{(trigger == "A03" ? "|202603031100" : string.Empty)}\r";
}
