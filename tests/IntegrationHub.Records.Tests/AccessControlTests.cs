using System.Net;
using System.Security.Cryptography;
using IntegrationHub.Fhir;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Records.Tests;

/// <summary>Tokens, scopes, organisation scoping and the audit trail of the /fhir API.</summary>
public sealed class AccessControlTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 15, 0, TimeSpan.Zero);
    private static readonly V2.Person Sarah = new(V2.OtherNhsNumber, "RXX2000001", Family: "JONES", Given: "SARAH", GpOds: "Y01234", GpName: "RIVERSIDE", Born: "19801103");

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task WithoutAValidTokenTheAnswerIs401WithAChallenge(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "auth_401");
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var cases = new (string Name, string? Token)[]
        {
            ("none", null),
            ("garbage", "not.a.token"),
            ("bad signature", Tokens.Create("system/*.read", key: SHA256.HashData("another key"u8))),
            ("expired", Tokens.Create("system/*.read", expires: DateTimeOffset.UtcNow.AddMinutes(-10), notBefore: DateTimeOffset.UtcNow.AddMinutes(-30))),
            ("not yet valid", Tokens.Create("system/*.read", notBefore: DateTimeOffset.UtcNow.AddMinutes(10), expires: DateTimeOffset.UtcNow.AddMinutes(20))),
            ("wrong issuer", Tokens.Create("system/*.read", issuer: "https://elsewhere.example")),
            ("wrong audience", Tokens.Create("system/*.read", audience: "another-api")),
        };
        foreach (var (name, token) in cases)
        {
            var (response, body) = await api.GetAsync("/fhir/Patient?family=smith", token);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {response.StatusCode}");
            Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        var (ok, _) = await api.GetAsync("/fhir/Patient?family=smith", Tokens.Create("system/*.read"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var (metadata, _) = await api.GetAsync("/fhir/metadata");
        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task ScopesLimitWhatCanBeRead(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "auth_403");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var patientId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var encounterId = await db.SingleIdAsync("Encounter");
        var patientsOnly = Tokens.Create("system/Patient.read");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/fhir/Patient/" + patientId, patientsOnly)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/fhir/Encounter/" + encounterId, patientsOnly)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/fhir/Encounter?patient=" + patientId, patientsOnly)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/fhir/Patient?family=smith", Tokens.Create("system/*.write"))).Response.StatusCode);

        // $everything gives only what the scopes cover.
        var (_, everything) = await api.GetAsync($"/fhir/Patient/{patientId}/$everything", patientsOnly);
        Assert.All(everything.GetProperty("entry").EnumerateArray(), e => Assert.Equal("Patient", e.GetProperty("resource").GetProperty("resourceType").GetString()));

        // A patient/ token sees its own patient only.
        var (own, _) = await api.GetAsync("/fhir/Encounter/" + encounterId, Tokens.Create("patient/*.read", patient: patientId));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var (other, _) = await api.GetAsync("/fhir/Encounter/" + encounterId, Tokens.Create("patient/*.read", patient: "someone-else"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task AnOrganisationScopedTokenNeverReturnsAnotherPracticesPatient(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "auth_org");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R1", T0.AddHours(1), V2.John, ("ORD1", "42109611000001109", "DMD", "Paracetamol 500mg tablets")), T0.AddHours(1)), default);
        await db.Store.ApplyAsync(Events.From(V2.HospitalDispense("R2", T0.AddHours(2), V2.John, "ORD1", "42109611000001109", "Paracetamol 500mg tablets"), T0.AddHours(2)), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A28", "S1", T0, Sarah), T0), default);
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var john = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var sarah = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.OtherNhsNumber);

        // Every resource in John's compartment, by type and id, from the database itself.
        var johnsResources = (await db.RowsAsync("select resource_type, id from fhir_resources where patient_id = $1", john)).ConvertAll(r => (Type: (string)r[0]!, Id: (string)r[1]!));

        Assert.Contains(johnsResources, r => r.Type == "MedicationStatement");
        Assert.Contains(johnsResources, r => r.Type == "List");

        var riverside = Tokens.Create("system/*.read", ods: "Y01234");
        var leeds = Tokens.Create("system/*.read", ods: "B82001");
        var paths = new List<string>
        {
            $"/fhir/Patient/{john}/$everything",
            $"/fhir/Patient?_id={john}",
            "/fhir/Patient?identifier=" + Uri.EscapeDataString(FhirSystems.NhsNumber + "|" + V2.NhsNumber),
            "/fhir/Patient?family=smith",
            "/fhir/Patient?birthdate=1965-04-12",
            $"/fhir/Patient?_id={sarah}&_revinclude=Encounter:patient",
        };
        foreach (var type in new[] { "Encounter", "AllergyIntolerance", "Condition", "Procedure", "MedicationRequest", "MedicationStatement", "MedicationDispense", "List" })
        {
            paths.Add($"/fhir/{type}?patient={john}");
            paths.Add($"/fhir/{type}?patient={john}&_include={type}:patient");
        }

        foreach (var (type, id) in johnsResources)
        {
            paths.Add($"/fhir/{type}/{id}");
            paths.Add($"/fhir/{type}/{id}/_history");
            paths.Add($"/fhir/{type}/{id}/_history/1");
        }

        foreach (var path in paths)
        {
            var (response, body) = await api.GetAsync(path, riverside);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            // Links and diagnostics echo the request; what must never appear is John's data in an entry.
            if (body.TryGetProperty("entry", out var entries))
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    var resource = entry.GetProperty("resource");
                    Assert.DoesNotContain((resource.GetProperty("resourceType").GetString()!, resource.GetProperty("id").GetString()!), johnsResources);
                    Assert.DoesNotContain(john, resource.GetRawText(), StringComparison.Ordinal);
                    Assert.DoesNotContain(V2.NhsNumber, resource.GetRawText(), StringComparison.Ordinal);
                }
            }
            else
            {
                Assert.Contains(body.GetProperty("resourceType").GetString(), new[] { "Bundle", "OperationOutcome" });
            }
        }

        // The same requests by John's own practice do find him (the test above could not pass by finding nothing).
        var (found, foundBody) = await api.GetAsync($"/fhir/Patient/{john}/$everything", leeds);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains(V2.NhsNumber, foundBody.GetRawText(), StringComparison.Ordinal);
        var (_, ownSearch) = await api.GetAsync("/fhir/Patient?family=smith,jones", leeds);
        Assert.Equal(1, ownSearch.GetProperty("total").GetInt32());
        var (_, riversideSearch) = await api.GetAsync("/fhir/Patient?family=smith,jones", riverside);
        Assert.Equal(sarah, riversideSearch.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString());
        FhirValidator.AssertValid(api.Bodies);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task EveryReadOfPatientDataIsAudited(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "auth_audit");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "A1", T0, V2.John), T0), default);
        await using var api = await ApiHost.StartAsync(db, Tokens.Settings);
        var john = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var token = Tokens.Create("system/*.read", ods: "Y01234", subject: "portal-7");
        await api.GetAsync($"/fhir/Patient/{john}", token);
        await api.GetAsync($"/fhir/Patient/{john}/$everything", Tokens.Create("system/*.read", subject: "gp-connect"));
        await api.GetAsync($"/fhir/Encounter?patient={john}", Tokens.Create("system/*.read", subject: "gp-connect"));

        Assert.Equal(1, await db.CountAsync("select count(*) from audit_events where client = 'portal-7' and organisation = 'Y01234' and action = 'read' and patient_id = $1 and status = 404", john));
        Assert.Equal(1, await db.CountAsync("select count(*) from audit_events where client = 'gp-connect' and action = 'everything' and patient_id = $1 and status = 200", john));
        Assert.Equal(1, await db.CountAsync("select count(*) from audit_events where client = 'gp-connect' and action = 'search' and patient_id = $1 and request like 'GET /fhir/Encounter?patient=%'", john));
        Assert.Equal(3, await db.CountAsync("select count(*) from audit_events where at > $1", db.Time(DateTimeOffset.UtcNow.AddMinutes(-5))));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task RsaSignedTokensAreAcceptedWithTheConfiguredPublicKey(StoreKind store)
    {
        using var rsa = RSA.Create(2048);
        await using var db = await RecordDatabase.CreateAsync(store, "auth_rsa");
        var settings = Tokens.Settings;
        settings.Remove("Fhir:Auth:SymmetricKeys:0");
        settings["Fhir:Auth:RsaPublicKeys:0"] = rsa.ExportSubjectPublicKeyInfoPem();
        await using var api = await ApiHost.StartAsync(db, settings);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/fhir/Patient?family=x", Tokens.Create("system/*.read", rsa: rsa))).Response.StatusCode);
        using var other = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/fhir/Patient?family=x", Tokens.Create("system/*.read", rsa: other))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/fhir/Patient?family=x", Tokens.Create("system/*.read"))).Response.StatusCode);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task AConfiguredKeyMeansTokensEvenOnLoopbackAndJwtModeWithoutKeysDoesNotStart(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "auth_modes");
        var auto = Tokens.Settings;
        auto.Remove("Fhir:Auth:Mode");
        await using (var api = await ApiHost.StartAsync(db, auto))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/fhir/Patient?family=x")).Response.StatusCode);
        }

        await using (var development = await ApiHost.StartAsync(db))
        {
            Assert.Equal(HttpStatusCode.OK, (await development.GetAsync("/fhir/Patient?family=x")).Response.StatusCode);
        }

        var broken = new Dictionary<string, string?> { ["Fhir:Auth:Mode"] = "Jwt" };
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => ApiHost.StartAsync(db, broken));
        Assert.Contains("Fhir:Auth", failure.Message, StringComparison.Ordinal);
    }
}
