using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Tests;

/// <summary>The integrated prescribing view: GP and hospital medication for one patient, one line per medicine.</summary>
public sealed class PrescribingViewTests
{
    private const string Paracetamol = "42109611000001109";
    private const string Amoxicillin = "39720311000001101";
    private const string Omeprazole = "317286008";
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task GpFeedAndHospitalOrdersMakeOneDeduplicatedListWithStatusesAndSources(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rx_view");
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var gpToken = Tokens.Create("system/*.read system/MedicationStatement.write system/MedicationRequest.write", ods: "B82001");

        // Admission (registered with B82001), the GP's v2 prescription, the GP's FHIR medication feed.
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.GpOrder("G1", T0.AddDays(-7), V2.John, "GP5501", Amoxicillin, "Amoxicillin 500mg capsules"), T0.AddDays(-7)), default);
        var (posted, postedBody) = await PostAsync(api, gpToken, GpFeed(("MS1", Paracetamol, "Paracetamol 500mg tablets", "active"), ("MS2", Omeprazole, "Omeprazole 20mg capsules", "active")));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("transaction-response", postedBody.GetProperty("type").GetString());

        // The hospital orders paracetamol (dm+d) and amoxicillin (the same concept, SNOMED-coded), dispenses the
        // paracetamol, then stops the amoxicillin.
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R1", T0.AddHours(4), V2.John, ("ORD1", Paracetamol, "DMD", "Paracetamol 500mg tablets"), ("ORD2", Amoxicillin, "SCT", "Amoxicillin 500mg capsules")), T0.AddHours(4)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalDispense("R2", T0.AddHours(5), V2.John, "ORD1", Paracetamol, "Paracetamol 500mg tablets"), T0.AddHours(5)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R3", T0.AddHours(8), V2.John, "DC", ("ORD2", Amoxicillin, "SCT", "Amoxicillin 500mg capsules")), T0.AddHours(8)), default);

        var patientId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var (searched, bundle) = await api.GetAsync($"/fhir/MedicationStatement?patient={patientId}", gpToken);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.Equal(3, bundle.GetProperty("total").GetInt32());
        var lines = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToDictionary(r => r.GetProperty("medicationCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString()!);

        var paracetamol = lines[Paracetamol];
        Assert.Equal("active", paracetamol.GetProperty("status").GetString());
        Assert.Equal(["gp", "hospital", "hospital"], Settings(paracetamol).Order(StringComparer.Ordinal));
        Assert.Contains("B82001", Organisations(paracetamol));
        Assert.Contains("RXX", Organisations(paracetamol));
        Assert.Equal(2, paracetamol.GetProperty("derivedFrom").GetArrayLength());
        Assert.StartsWith("Practitioner/", paracetamol.GetProperty("informationSource").GetProperty("reference").GetString(), StringComparison.Ordinal);

        var amoxicillin = lines[Amoxicillin];
        Assert.Equal("stopped", amoxicillin.GetProperty("status").GetString());
        Assert.Equal("Stopped in hospital", amoxicillin.GetProperty("statusReason")[0].GetProperty("text").GetString());
        Assert.Equal(["gp", "hospital"], Settings(amoxicillin).Order(StringComparer.Ordinal));
        Assert.True(amoxicillin.GetProperty("effectivePeriod").TryGetProperty("end", out _));

        Assert.Equal("active", lines[Omeprazole].GetProperty("status").GetString());
        Assert.Equal(["gp"], Settings(lines[Omeprazole]));

        var (_, listBundle) = await api.GetAsync($"/fhir/List?patient={patientId}", gpToken);
        var list = Assert.Single(listBundle.GetProperty("entry").EnumerateArray()).GetProperty("resource");
        Assert.Equal(3, list.GetProperty("entry").GetArrayLength());
        var listed = list.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("item").GetProperty("reference").GetString()!).ToHashSet();
        Assert.Equal(lines.Values.Select(l => "MedicationStatement/" + l.GetProperty("id").GetString()).ToHashSet(), listed);

        // The GP withdraws omeprazole: its line goes (410), the list shrinks; a resent identical feed changes nothing.
        var omeprazoleId = lines[Omeprazole].GetProperty("id").GetString();
        var (deleted, _) = await PostAsync(api, gpToken, """{"resourceType":"Bundle","type":"transaction","entry":[{"request":{"method":"DELETE","url":"MedicationStatement/https://fhir.gpsys.nhs.uk/Id/medication|MS2"}}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, deleted.StatusCode);
        var (deletedById, _) = await PostAsync(api, gpToken, """{"resourceType":"Bundle","type":"transaction","entry":[{"request":{"method":"DELETE","url":"MedicationStatement/MS2"}}]}""");
        Assert.Equal(HttpStatusCode.OK, deletedById.StatusCode);
        var (gone, goneBody) = await api.GetAsync($"/fhir/MedicationStatement/{omeprazoleId}", gpToken);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("OperationOutcome", goneBody.GetProperty("resourceType").GetString());
        var (_, shorter) = await api.GetAsync($"/fhir/List?patient={patientId}", gpToken);
        Assert.Equal(2, shorter.GetProperty("entry")[0].GetProperty("resource").GetProperty("entry").GetArrayLength());

        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task GpFeedOnlyForThePracticesOwnPatients(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rx_scope");
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        var otherPractice = Tokens.Create("system/*.read system/*.write", ods: "Y09999");
        var (refused, body) = await PostAsync(api, otherPractice, GpFeed(("MS1", Paracetamol, "Paracetamol 500mg tablets", "active")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        var readOnly = Tokens.Create("system/*.read", ods: "B82001");
        var (forbidden, _) = await PostAsync(api, readOnly, GpFeed(("MS1", Paracetamol, "Paracetamol 500mg tablets", "active")));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, await db.CountAsync("select count(*) from medication_lines"));
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task ATakeOutOrderIsListedAsDischargeMedicationAndAnInpatientOrderIsNot(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rx_discharge");
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var token = Tokens.Create("system/*.read");

        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R1", T0.AddHours(1), V2.John, "NW", "I", ("ORD1", Amoxicillin, "DMD", "Amoxicillin 500mg capsules")), T0.AddHours(1)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R2", T0.AddDays(2), V2.John, "NW", "TTO", ("ORD2", Paracetamol, "DMD", "Paracetamol 500mg tablets")), T0.AddDays(2)), default);

        var patientId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var (_, bundle) = await api.GetAsync($"/fhir/MedicationStatement?patient={patientId}", token);
        var lines = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToDictionary(r => r.GetProperty("medicationCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString()!);

        Assert.Equal([true], Discharge(lines[Paracetamol]));
        Assert.Equal([false], Discharge(lines[Amoxicillin]));
        FhirValidator.AssertValid(api.Bodies);
    }

    private static IEnumerable<bool> Discharge(JsonElement line) => Sources(line)
        .Select(s => s.Any(p => p.GetProperty("url").GetString() == "discharge" && p.GetProperty("valueBoolean").GetBoolean()));

    private static IEnumerable<string> Settings(JsonElement line) => Sources(line).Select(s => s.First(p => p.GetProperty("url").GetString() == "setting").GetProperty("valueCode").GetString()!);

    private static IEnumerable<string> Organisations(JsonElement line) => Sources(line)
        .SelectMany(s => s.Where(p => p.GetProperty("url").GetString() == "organisation"))
        .Select(p => p.GetProperty("valueIdentifier").GetProperty("value").GetString()!);

    private static IEnumerable<List<JsonElement>> Sources(JsonElement line) => line.GetProperty("extension").EnumerateArray()
        .Where(e => e.GetProperty("url").GetString() == "https://fhir.integration-hub.nhs.uk/StructureDefinition/prescribing-source")
        .Select(e => e.GetProperty("extension").EnumerateArray().ToList());

    private static string GpFeed(params (string Id, string Code, string Name, string Status)[] statements)
    {
        var entries = statements.Select(s => $$$"""
            {"fullUrl":"urn:uuid:{{{Guid.NewGuid()}}}","request":{"method":"PUT","url":"MedicationStatement/{{{s.Id}}}"},
             "resource":{"resourceType":"MedicationStatement","identifier":[{"system":"https://fhir.gpsys.nhs.uk/Id/medication","value":"{{{s.Id}}}"}],
               "status":"{{{s.Status}}}","medicationCodeableConcept":{"coding":[{"system":"https://dmd.nhs.uk","code":"{{{s.Code}}}","display":"{{{s.Name}}}"}]},
               "subject":{"identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{{V2.NhsNumber}}}"}},
               "effectivePeriod":{"start":"2024-01-10"},"dosage":[{"text":"ONE daily"}]}}
            """);
        return """{"resourceType":"Bundle","type":"transaction","entry":[""" + string.Join(",", entries) + "]}";
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(ApiHost api, string token, string bundle)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new StringContent(bundle, Encoding.UTF8, "application/fhir+json");
        return await api.SendAsync(request);
    }
}
