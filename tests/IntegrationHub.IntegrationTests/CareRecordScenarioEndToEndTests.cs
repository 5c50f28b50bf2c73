using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Infrastructure;
using IntegrationHub.Mllp.Client;

namespace IntegrationHub.IntegrationTests;

/// <summary>
/// The care record scenarios over the whole path (MLLP, RabbitMQ partitions, mapping, the record view in
/// PostgreSQL, the FHIR API): a pre-admission and its cancellation, a merge of two records that both have
/// encounters, and hospital and GP medication becoming one deduplicated prescribing list.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class CareRecordScenarioEndToEndTests(RealServicesFixture services)
{
    private const string NhsNumber = "9434765919";
    private const string NhsSearch = "identifier=https://fhir.nhs.uk/Id/nhs-number|" + NhsNumber;
    private const string Paracetamol = "42109611000001109";
    private const string Amoxicillin = "39720311000001101";

    [Fact]
    public async Task APreAdmissionCancelledOverMllpIsServedAsACancelledEncounter()
    {
        await using var run = await RunAsync("record_cancel");

        await run.SendAsync(Adt("PC-1", "A05", "ADT_A05", "202603011000", Pid(), visit: "V500", patientClass: "P", admitted: "202603091000"));
        await run.SendAsync(Adt("PC-2", "A11", "ADT_A09", "202603011200", Pid(), visit: "V500", patientClass: "P", admitted: "202603091000"));

        var patientId = await run.PatientIdAsync(NhsSearch);
        var encounters = await FhirHttp.WaitForAsync(run.Http, $"/fhir/Encounter?patient=Patient/{patientId}", bundle =>
            FhirHttp.Matches(bundle) is [var only] && only.GetProperty("status").GetString() == "cancelled");
        var encounter = FhirHttp.Matches(encounters)[0];
        Assert.Equal("planned", encounter.GetProperty("statusHistory")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMergeOverMllpMovesBothRecordsEncountersToTheSurvivorAndRetiresTheOther()
    {
        await using var run = await RunAsync("record_merge");

        await run.SendAsync(Adt("MG-1", "A01", "ADT_A01", "202603011000", Pid(), visit: "V100"));
        await run.SendAsync(Adt("MG-2", "A01", "ADT_A01", "202603011100", Pid(nhs: null, mrn: "RXX7654321", given: "JON"), visit: "V200"));
        var survivorId = await run.PatientIdAsync(NhsSearch);
        // The retired record's admission is keyed by its local number, so it may sit in another partition: the
        // merge is sent once both records exist, as it would be by a PAS whose staff found the duplicate.
        var retiredId = await run.PatientIdAsync("identifier=https://fhir.rxx.nhs.uk/Id/mrn|RXX7654321");
        await FhirHttp.WaitForAsync(run.Http, $"/fhir/Encounter?patient=Patient/{retiredId}", bundle => FhirHttp.Matches(bundle).Count == 1);

        await run.SendAsync($"MSH|^~\\&|PAS|RXX|HUB|RXX|20260302090000||ADT^A40^ADT_A39|MG-3|P|2.4||||||8859/1\rEVN|A40|20260302090000\r{Pid()}\rMRG|RXX7654321^^^RXX^MR");

        await FhirHttp.WaitForAsync(run.Http, $"/fhir/Encounter?patient=Patient/{survivorId}", bundle => FhirHttp.Matches(bundle).Count == 2);
        var retired = await FhirHttp.WaitForAsync(run.Http, $"/fhir/Patient/{retiredId}", patient => patient.TryGetProperty("link", out _));
        Assert.False(retired.GetProperty("active").GetBoolean());
        Assert.Equal("replaced-by", retired.GetProperty("link")[0].GetProperty("type").GetString());
        Assert.Equal("Patient/" + survivorId, retired.GetProperty("link")[0].GetProperty("other").GetProperty("reference").GetString());
        Assert.DoesNotContain(
            FhirHttp.Matches(await FhirHttp.GetAsync(run.Http, $"/fhir/Encounter?patient=Patient/{retiredId}&_count=50")),
            encounter => encounter.GetProperty("subject").GetProperty("reference").GetString() == "Patient/" + retiredId);
    }

    [Fact]
    public async Task HospitalAndGpMedicationOverMllpBecomeOneDeduplicatedListWithStatusesAndSources()
    {
        await using var run = await RunAsync("record_rx");

        await run.SendAsync(Adt("RX-1", "A01", "ADT_A01", "202603011000", Pid(), visit: "V700"));
        // The GP's own prescription (OMP from the practice's system), then the hospital's orders: paracetamol
        // by dm+d code and amoxicillin by its SNOMED code (the same concept the GP used), a dispense, a stop.
        await run.SendAsync($"MSH|^~\\&|GPSYS|B82001|HUB|RXX|20260222090000||OMP^O09^OMP_O09|RX-2|P|2.5.1||||||8859/1\r{Pid()}\r"
            + $"ORC|NW|GP5501^GPSYS|||||||20260222090000|||G1234567^JONES^ALAN^^^DR^^^GMP\rRXO|{Amoxicillin}^Amoxicillin 500mg capsules^DMD|500||mg|||^ONE THREE times a day||||21|capsule");
        await run.SendAsync(HospitalOrder("RX-3", "NW", "202603011400", ("ORD1", Paracetamol, "DMD", "Paracetamol 500mg tablets"), ("ORD2", Amoxicillin, "SCT", "Amoxicillin 500mg capsules")));
        await run.SendAsync($"MSH|^~\\&|PHARM|RXX|HUB|RXX|20260301150000||RDS^O13^RDS_O13|RX-4|P|2.5.1||||||8859/1\r{Pid()}\r"
            + "ORC|RE|ORD1^EPMA|||||||20260301150000|||2345678^PATEL^ANIL^^^DR^^^GMC\r"
            + $"RXD|1|{Paracetamol}^Paracetamol 500mg tablets^DMD|20260301150000|32|tablet|||||PH123^WHITE^EMMA\rRXR|PO^Oral^HL70162");
        await run.SendAsync(HospitalOrder("RX-5", "DC", "202603011800", ("ORD2", Amoxicillin, "SCT", "Amoxicillin 500mg capsules")));

        var patientId = await run.PatientIdAsync(NhsSearch);
        var bundle = await FhirHttp.WaitForAsync(run.Http, $"/fhir/MedicationStatement?patient={patientId}", found =>
            FhirHttp.Matches(found).Any(line => Code(line) == Amoxicillin && line.GetProperty("status").GetString() == "stopped")
            && FhirHttp.Matches(found).Any(line => Code(line) == Paracetamol && Sources(line).Count == 2));
        var lines = FhirHttp.Matches(bundle).ToDictionary(Code);

        Assert.Equal(2, lines.Count);
        Assert.Equal("active", lines[Paracetamol].GetProperty("status").GetString());
        Assert.Equal(["hospital", "hospital"], Settings(lines[Paracetamol]));
        Assert.Equal("stopped", lines[Amoxicillin].GetProperty("status").GetString());
        Assert.Equal(["gp", "hospital"], Settings(lines[Amoxicillin]).Order(StringComparer.Ordinal));
        var list = FhirHttp.Matches(await FhirHttp.GetAsync(run.Http, $"/fhir/List?patient={patientId}")).Single();
        Assert.Equal(2, list.GetProperty("entry").GetArrayLength());
    }

    private async Task<ScenarioRun> RunAsync(string name)
    {
        var hub = await HubInstance.StartAsync(await services.IsolatedSettingsAsync(name));
        var client = await MllpClient.ConnectAsync("127.0.0.1", hub.MllpPort);
        return new ScenarioRun(hub, client, new HttpClient { BaseAddress = hub.Http });
    }

    private static string Pid(string? nhs = NhsNumber, string mrn = "RXX1234567", string given = "JOHN")
    {
        var ids = nhs is null ? $"{mrn}^^^RXX^MR" : $"{nhs}^^^NHS^NH~{mrn}^^^RXX^MR";
        return $"PID|1||{ids}||SMITH^{given}^PAUL^^MR||19650412|M|||1 HIGH STREET^^LEEDS^^LS1 4AB^GBR^H\rPD1|||THE LEEDS SURGERY^^B82001|G1234567^JONES^ALAN^^^DR";
    }

    private static string Adt(string control, string trigger, string structure, string at, string pid, string visit, string patientClass = "I", string? admitted = null) =>
        $"MSH|^~\\&|PAS|RXX|HUB|RXX|{at}00||ADT^{trigger}^{structure}|{control}|P|2.4||||||8859/1\r" +
        $"EVN|{trigger}|{at}00||||{at}00\r{pid}\r" +
        $"PV1|1|{patientClass}|WARD 5^BAY 2^BED 4^RXX||||2345678^PATEL^ANIL^^^DR^^^GMC|||300|||||||||{visit}^^^RXX^VN|||||||||||||||||||||||||{admitted ?? at}00";

    private static string HospitalOrder(string control, string orderControl, string at, params (string Placer, string Code, string System, string Name)[] orders)
    {
        var message = new StringBuilder($"MSH|^~\\&|EPMA|RXX|HUB|RXX|{at}00||RDE^O11^RDE_O11|{control}|P|2.5.1||||||8859/1\r{Pid()}\r");
        foreach (var (placer, code, system, name) in orders)
        {
            message.Append($"ORC|{orderControl}|{placer}^EPMA|||||||{at}00|||2345678^PATEL^ANIL^^^DR^^^GMC\r");
            message.Append($"RXE|^^^{at}00|{code}^{name}^{system}|1000||mg||^Take ONE gram FOUR times a day|||32|tablet\rRXR|PO^Oral^HL70162\r");
        }

        return message.ToString().TrimEnd('\r');
    }

    private static string Code(JsonElement line) => line.GetProperty("medicationCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString()!;

    private static List<List<JsonElement>> Sources(JsonElement line) => [.. line.GetProperty("extension").EnumerateArray()
        .Where(e => e.GetProperty("url").GetString() == "https://fhir.integration-hub.nhs.uk/StructureDefinition/prescribing-source")
        .Select(e => e.GetProperty("extension").EnumerateArray().ToList())];

    private static List<string> Settings(JsonElement line) =>
        [.. Sources(line).Select(source => source.First(part => part.GetProperty("url").GetString() == "setting").GetProperty("valueCode").GetString()!)];

    /// <summary>One hub, one MLLP connection, one HTTP client; every message must be accepted (AA).</summary>
    private sealed class ScenarioRun(HubInstance hub, MllpClient client, HttpClient http) : IAsyncDisposable
    {
        public HttpClient Http => http;

        public async Task SendAsync(string message)
        {
            var control = message.Split('\r')[0].Split('|')[9];
            var ack = Encoding.Latin1.GetString((await client.SendAsync(Encoding.Latin1.GetBytes(message)))!);
            Assert.Contains($"MSA|AA|{control}", ack);
        }

        public async Task<string> PatientIdAsync(string search)
        {
            var found = await FhirHttp.WaitForAsync(http, "/fhir/Patient?" + search, bundle => FhirHttp.Matches(bundle).Count == 1);
            return FhirHttp.Matches(found)[0].GetProperty("id").GetString()!;
        }

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await client.DisposeAsync();
            await hub.DisposeAsync();
        }
    }
}
