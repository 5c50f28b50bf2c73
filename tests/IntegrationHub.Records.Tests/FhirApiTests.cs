using System.Net;
using System.Text.Json;
using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Tests;

/// <summary>The /fhir API in development mode (loopback, no token) over records built from v2 messages.</summary>
public sealed class FhirApiTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 15, 0, TimeSpan.Zero);

    private static async Task AdmitTransferDischargeAsync(RecordDatabase db, V2.Person person, string visit)
    {
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", visit + "1", T0, person, visit: visit), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A02", visit + "2", T0.AddDays(1), person, visit: visit, ward: "WARD 7", priorWard: "WARD 5", admitted: T0), T0.AddDays(1)), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A03", visit + "3", T0.AddDays(3), person, visit: visit, ward: "WARD 7", admitted: T0, discharged: T0.AddDays(3)), T0.AddDays(3)), default);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task MetadataDescribesExactlyTheSupportedSearches(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_meta");
        await using var api = await ApiHost.StartAsync(db);
        var (response, body) = await api.GetAsync("/fhir/metadata");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CapabilityStatement", body.GetProperty("resourceType").GetString());
        var resources = body.GetProperty("rest")[0].GetProperty("resource").EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!);
        var patientParams = resources["Patient"].GetProperty("searchParam").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "identifier", "family", "given", "birthdate", "general-practitioner" }, patientParams);
        Assert.Equal("everything", resources["Patient"].GetProperty("operation")[0].GetProperty("name").GetString());
        var encounterParams = resources["Encounter"].GetProperty("searchParam").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "patient", "status", "date", "service-provider" }, encounterParams);

        // Every advertised parameter is accepted by the search (an unsupported one would be a 400).
        foreach (var (type, resource) in resources)
        {
            if (!resource.TryGetProperty("searchParam", out var parameters))
            {
                continue;
            }

            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                var value = parameter.GetProperty("type").GetString() switch { "date" => "2024", "reference" => name is "patient" or "subject" ? "Patient/x" : TargetOf(name) + "/x", _ => "x" };
                var (searched, _) = await api.GetAsync($"/fhir/{type}?{name}={Uri.EscapeDataString(value)}");
                Assert.True(searched.StatusCode == HttpStatusCode.OK, $"{type}?{name} answered {searched.StatusCode}");
            }
        }

        FhirValidator.AssertValid(api.Bodies);

        static string TargetOf(string name) => name == "general-practitioner" ? "Practitioner" : "Organization";
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task ReadVreadAndHistoryCarryVersionsAndETags(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_read");
        await AdmitTransferDischargeAsync(db, V2.John, "V1");
        await using var api = await ApiHost.StartAsync(db);
        var encounterId = await db.SingleIdAsync("Encounter");

        var (read, encounter) = await api.GetAsync("/fhir/Encounter/" + encounterId);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("W/\"3\"", read.Headers.ETag!.ToString());
        Assert.Equal("3", encounter.GetProperty("meta").GetProperty("versionId").GetString());
        Assert.Equal("finished", encounter.GetProperty("status").GetString());

        var (vread, first) = await api.GetAsync($"/fhir/Encounter/{encounterId}/_history/1");
        Assert.Equal(HttpStatusCode.OK, vread.StatusCode);
        Assert.Equal("W/\"1\"", vread.Headers.ETag!.ToString());
        Assert.Equal("in-progress", first.GetProperty("status").GetString());

        var (history, bundle) = await api.GetAsync($"/fhir/Encounter/{encounterId}/_history");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Equal("history", bundle.GetProperty("type").GetString());
        Assert.Equal(["3", "2", "1"], bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("meta").GetProperty("versionId").GetString()));

        var (missingVersion, _) = await api.GetAsync($"/fhir/Encounter/{encounterId}/_history/9");
        Assert.Equal(HttpStatusCode.NotFound, missingVersion.StatusCode);
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task PatientSearchByEachParameter(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_patient");
        await AdmitTransferDischargeAsync(db, V2.John, "V1");
        var other = new V2.Person(V2.OtherNhsNumber, "RXX2000001", Family: "JONES", Given: "SARAH", GpOds: "Y01234", GpName: "RIVERSIDE", Born: "19801103");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A28", "S1", T0, other), T0), default);
        await using var api = await ApiHost.StartAsync(db);
        var johnId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var john = await db.ReadAsync<Patient>(johnId);
        var gp = john.GeneralPractitioner!.First(r => r.ReferenceValue!.StartsWith("Organization/", StringComparison.Ordinal)).ReferenceValue!;

        foreach (var query in new[]
        {
            "identifier=" + Uri.EscapeDataString(FhirSystems.NhsNumber + "|" + V2.NhsNumber),
            "identifier=RXX1234567",
            "family=smi",
            "given=JOHN",
            "birthdate=1965-04-12",
            "birthdate=1965",
            "general-practitioner=" + Uri.EscapeDataString(gp),
            "family=smith&given=paul",
        })
        {
            var (response, bundle) = await api.GetAsync("/fhir/Patient?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(bundle.GetProperty("total").GetInt32() == 1, query);
            Assert.Equal(johnId, bundle.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString());
        }

        var (none, empty) = await api.GetAsync("/fhir/Patient?birthdate=1970-01-01");
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(0, empty.GetProperty("total").GetInt32());
        var (both, two) = await api.GetAsync("/fhir/Patient?family=smith,jones");
        Assert.Equal(2, two.GetProperty("total").GetInt32());
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task EncounterAndMedicationSearchesWithPagingAndIncludes(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_encounter");
        for (var i = 0; i < 5; i++)
        {
            // The first is the visit the pharmacy messages below are about.
            var visit = i == 0 ? "V123456" : "V" + i;
            await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "E" + i, T0.AddHours(i), V2.John, visit: visit), T0.AddHours(i)), default);
        }

        await db.Store.ApplyAsync(Events.From(V2.Adt("A03", "D0", T0.AddDays(2), V2.John, visit: "V123456", admitted: T0, discharged: T0.AddDays(2)), T0.AddDays(2)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R1", T0.AddHours(6), V2.John, ("ORD1", "42109611000001109", "DMD", "Paracetamol 500mg tablets"), ("ORD2", "322236009", "SCT", "Paracetamol 500mg tablets")), T0.AddHours(6)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalDispense("R2", T0.AddHours(7), V2.John, "ORD1", "42109611000001109", "Paracetamol 500mg tablets"), T0.AddHours(7)), default);
        await using var api = await ApiHost.StartAsync(db);
        var patientId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);

        // Paging: 5 encounters, 2 a page, following next links.
        var seen = new List<string>();
        var url = $"/fhir/Encounter?patient={patientId}&_count=2";
        var pages = 0;
        while (url is not null)
        {
            var (page, bundle) = await api.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(5, bundle.GetProperty("total").GetInt32());
            seen.AddRange(bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("id").GetString()!));
            var next = bundle.GetProperty("link").EnumerateArray().FirstOrDefault(l => l.GetProperty("relation").GetString() == "next");
            url = next.ValueKind == JsonValueKind.Undefined ? null : new Uri(next.GetProperty("url").GetString()!).PathAndQuery;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Distinct().Count());
        var (_, beyond) = await api.GetAsync($"/fhir/Encounter?patient={patientId}&_count=2&_offset=100");
        Assert.Equal(5, beyond.GetProperty("total").GetInt32());
        Assert.False(beyond.TryGetProperty("entry", out _));

        var (finished, finishedBundle) = await api.GetAsync($"/fhir/Encounter?patient=Patient/{patientId}&status=finished");
        Assert.Equal(1, finishedBundle.GetProperty("total").GetInt32());
        var (_, dated) = await api.GetAsync($"/fhir/Encounter?subject={patientId}&date=lt2024-03-12T12:00:00Z&status=in-progress");
        Assert.Equal(1, dated.GetProperty("total").GetInt32());
        var (_, open) = await api.GetAsync($"/fhir/Encounter?subject={patientId}&date=ge2024-03-20");
        Assert.Equal(4, open.GetProperty("total").GetInt32());

        var (_, included) = await api.GetAsync($"/fhir/Encounter?patient={patientId}&status=finished&_include=Encounter:patient");
        Assert.Equal(["match", "include"], included.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("search").GetProperty("mode").GetString()));
        Assert.Equal("Patient", included.GetProperty("entry")[1].GetProperty("resource").GetProperty("resourceType").GetString());

        var (_, revIncluded) = await api.GetAsync($"/fhir/Patient?_id={patientId}&_revinclude=Encounter:patient&_revinclude=MedicationRequest:patient");
        Assert.Equal(1, revIncluded.GetProperty("total").GetInt32());
        Assert.Equal(8, revIncluded.GetProperty("entry").GetArrayLength());

        var (_, requests) = await api.GetAsync($"/fhir/MedicationRequest?patient={patientId}&status=active");
        Assert.Equal(2, requests.GetProperty("total").GetInt32());
        var (_, dispenses) = await api.GetAsync($"/fhir/MedicationDispense?patient={patientId}&status=completed");
        Assert.Equal(1, dispenses.GetProperty("total").GetInt32());
        var (_, stopped) = await api.GetAsync($"/fhir/MedicationRequest?patient={patientId}&status=stopped");
        Assert.Equal(0, stopped.GetProperty("total").GetInt32());
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task EverythingReturnsThePatientAndAllTheirRecordAndFollowsMerges(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_everything");
        await AdmitTransferDischargeAsync(db, V2.John, "V1");
        var retiredPerson = V2.John with { Nhs = null, Mrn = "RXX7654321" };
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "M1", T0, retiredPerson, visit: "V2"), T0), default);
        var retiredId = await db.PatientIdAsync("https://fhir.rxx.nhs.uk/Id/mrn", "RXX7654321");
        await db.Store.ApplyAsync(Events.From(V2.Merge("M2", T0.AddDays(4), V2.John, "RXX7654321"), T0.AddDays(4)), default);
        await using var api = await ApiHost.StartAsync(db);
        var patientId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);

        var (response, bundle) = await api.GetAsync($"/fhir/Patient/{patientId}/$everything");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("resourceType").GetString()).ToList();
        Assert.Equal("Patient", types[0]);
        Assert.Equal(2, types.Count(t => t == "Encounter"));
        Assert.Contains("Location", types);
        Assert.Contains("Practitioner", types);
        Assert.Contains("Organization", types);

        // The retired record still reads, with its replaced-by link; its $everything is the survivor's.
        var (retiredRead, retired) = await api.GetAsync($"/fhir/Patient/{retiredId}");
        Assert.Equal(HttpStatusCode.OK, retiredRead.StatusCode);
        Assert.Equal("replaced-by", retired.GetProperty("link")[0].GetProperty("type").GetString());
        Assert.Equal("Patient/" + patientId, retired.GetProperty("link")[0].GetProperty("other").GetProperty("reference").GetString());
        var (_, redirected) = await api.GetAsync($"/fhir/Patient/{retiredId}/$everything");
        Assert.Equal(patientId, redirected.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString());
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task ErrorsAreOperationOutcomesWithTheRightStatus(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "api_errors");
        await AdmitTransferDischargeAsync(db, V2.John, "V1");
        await using var api = await ApiHost.StartAsync(db);
        foreach (var (path, status) in new[]
        {
            ("/fhir/Patient?colour=blue", HttpStatusCode.BadRequest),
            ("/fhir/Patient?family:exact=SMITH", HttpStatusCode.BadRequest),
            ("/fhir/Patient?birthdate=yesterday", HttpStatusCode.BadRequest),
            ("/fhir/Patient?_count=many", HttpStatusCode.BadRequest),
            ("/fhir/Patient?_include=Patient:organization", HttpStatusCode.BadRequest),
            ("/fhir/Encounter?service-provider=Patient/x", HttpStatusCode.BadRequest),
            ("/fhir/Patient/not_an_id!", HttpStatusCode.BadRequest),
            ("/fhir/Patient/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound),
            ("/fhir/Patient/00000000-0000-0000-0000-000000000000/$everything", HttpStatusCode.NotFound),
            ("/fhir/Spaceship/1", HttpStatusCode.NotFound),
            ("/fhir/Spaceship?name=x", HttpStatusCode.NotFound),
        })
        {
            var (response, body) = await api.GetAsync(path);
            Assert.True(status == response.StatusCode, $"{path}: {response.StatusCode}");
            Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        }

        FhirValidator.AssertValid(api.Bodies);
    }

    [Fact]
    public async Task WithoutPostgresTheEmbeddedStoreBesideTheHubDatabaseServesTheRecord()
    {
        var folder = Directory.CreateTempSubdirectory("records-embedded-").FullName;
        var data = Path.Combine(folder, "data");
        try
        {
            await using (var api = await ApiHost.StartAsync(null, new Dictionary<string, string?> { ["Embedded:DatabasePath"] = Path.Combine(data, "hub.db") }))
            {
                var store = (ICareRecordStore)api.Services.GetService(typeof(ICareRecordStore))!;
                await store.MigrateAsync(default);
                await store.MigrateAsync(default);
                Assert.True(File.Exists(Path.Combine(data, "care-record.db")));

                var record = (ICareRecord)api.Services.GetService(typeof(ICareRecord))!;
                var admit = Events.From(V2.Adt("A01", "C1", T0, V2.John), T0);
                Assert.True(await record.ApplyAsync(admit, default));
                Assert.False(await record.ApplyAsync(admit, default));

                var (response, bundle) = await api.GetAsync("/fhir/Patient?family=smith");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(1, bundle.GetProperty("total").GetInt32());
                var patientId = bundle.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString()!;
                var (everything, all) = await api.GetAsync($"/fhir/Patient/{patientId}/$everything");
                Assert.Equal(HttpStatusCode.OK, everything.StatusCode);
                Assert.Contains(all.GetProperty("entry").EnumerateArray(), e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Encounter");
                FhirValidator.AssertValid(api.Bodies);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
