using IntegrationHub.Fhir;

namespace IntegrationHub.Records.Tests;

/// <summary>v2 messages through the repository's mappings into the care record, on each store.</summary>
public sealed class CareRecordScenarioTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 12, 10, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task AdmitTransferDischargeKeepsStatusAndLocationHistory(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_atd");
        var t1 = T0;
        var t2 = T0.AddDays(1);
        var t3 = T0.AddDays(3);
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", t1, V2.John), t1), default));
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A02", "C2", t2, V2.John, ward: "WARD 7", priorWard: "WARD 5"), t2), default));
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A03", "C3", t3, V2.John, ward: "WARD 7", discharged: t3), t3), default));

        var encounterId = await db.SingleIdAsync("Encounter");
        var encounter = await db.ReadAsync<Encounter>(encounterId);
        Assert.Equal(EncounterStatus.Finished, encounter.Status);
        Assert.Equal("3", encounter.Meta!.VersionId);
        Assert.Equal(new FhirDateTime(t3), encounter.Period!.End);
        var inProgress = Assert.Single(encounter.StatusHistory!);
        Assert.Equal(EncounterStatus.InProgress, inProgress.Status);
        Assert.Equal(new FhirDateTime(t3), inProgress.Period.End);

        Assert.Equal(2, encounter.Location!.Count);
        var ward5 = encounter.Location[0];
        var ward7 = encounter.Location[1];
        Assert.Equal("WARD 5", (await db.ReadAsync<Location>(ward5.Location.ReferenceValue!["Location/".Length..])).Name);
        Assert.Equal("WARD 7", (await db.ReadAsync<Location>(ward7.Location.ReferenceValue!["Location/".Length..])).Name);
        Assert.Equal(EncounterLocationStatus.Completed, ward5.Status);
        Assert.Equal(new FhirDateTime(t1), ward5.Period!.Start);
        Assert.Equal(new FhirDateTime(t2), ward5.Period.End);
        Assert.Equal(EncounterLocationStatus.Completed, ward7.Status);
        Assert.Equal(new FhirDateTime(t2), ward7.Period!.Start);
        Assert.Equal(new FhirDateTime(t3), ward7.Period.End);

        var history = await db.Store.HistoryAsync("Encounter", encounterId, 10, default);
        Assert.Equal([3, 2, 1], history.Select(h => h.VersionId));
        Assert.Contains("\"in-progress\"", (await db.Store.ReadVersionAsync("Encounter", encounterId, 2, default))!.Json, StringComparison.Ordinal);
        Assert.Equal(encounter.Subject!.ReferenceValue, "Patient/" + await db.SingleIdAsync("Patient"));

        // Each version replaced the search index rows of the one before: only the current status is found.
        Assert.Equal(0, await CountAsync(db, "Encounter", "status", SearchParamKind.Token, "in-progress"));
        Assert.Equal(1, await CountAsync(db, "Encounter", "status", SearchParamKind.Token, "finished"));
    }

    private static async Task<int> CountAsync(RecordDatabase db, string type, string param, SearchParamKind kind, string value)
    {
        var query = new SearchQuery { ResourceType = type };
        query.Criteria.Add(new SearchCriterion(param, kind, [new SearchValue(null, value)]));
        return (await db.Store.SearchAsync(query, default)).Total;
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task PreAdmitThenCancelLeavesACancelledEncounter(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_cancel");
        var admitOn = T0.AddDays(8);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A05", "C1", T0, V2.John, visit: "V999", patientClass: "P", admitted: admitOn), T0), default);
        var planned = await db.ReadAsync<Encounter>(await db.SingleIdAsync("Encounter"));
        Assert.Equal(EncounterStatus.Planned, planned.Status);

        await db.Store.ApplyAsync(Events.From(V2.Adt("A11", "C2", T0.AddHours(2), V2.John, visit: "V999", patientClass: "P", admitted: admitOn), T0.AddHours(2)), default);
        var cancelled = await db.ReadAsync<Encounter>(planned.Id!);
        Assert.Equal(EncounterStatus.Cancelled, cancelled.Status);
        Assert.Equal(EncounterStatus.Planned, Assert.Single(cancelled.StatusHistory!).Status);
        Assert.Equal("2", cancelled.Meta!.VersionId);
        Assert.Equal(1, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter'"));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task OlderDemographicsArrivingLateNeverOverwriteNewer(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_a08");
        var older = T0.AddHours(1);
        var newer = T0.AddHours(5);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", T0, V2.John), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A08", "C3", newer, V2.John with { Phone = "01130000222", Family = "SMYTHE" }, admitted: T0), newer), default);

        // The older A08 arrives last and also brings a second hospital number: kept, but nothing else changes.
        var late = V2.Adt("A08", "C2", older, V2.John with { Phone = "01130000111", Family = "SMITH" }, admitted: T0)
            .Replace("RXX1234567^^^RXX^MR", "RXX1234567^^^RXX^MR~RXX0000042^^^RXX^MR", StringComparison.Ordinal);
        Assert.True(await db.Store.ApplyAsync(Events.From(late, older), default));

        var patient = await db.ReadAsync<Patient>(await db.SingleIdAsync("Patient"));
        Assert.Equal("SMYTHE", patient.Name![0].Family);
        Assert.Equal("01130000222", patient.Telecom![0].Value);
        Assert.Contains(patient.Identifier!, i => i.Value == "RXX0000042");
        var encounterId = await db.SingleIdAsync("Encounter");
        var versions = await db.Store.HistoryAsync("Encounter", encounterId, 10, default);
        Assert.True(versions.Count == 1, string.Join("\n", versions.Select(v => v.Json)));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task ApplyingTheSameEventTwiceChangesNothing(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_idem");
        var admit = Events.From(V2.Adt("A01", "C1", T0, V2.John), T0);
        Assert.True(await db.Store.ApplyAsync(admit, default));
        var before = await db.CountAsync("select count(*) from fhir_history");
        Assert.False(await db.Store.ApplyAsync(admit, default));
        Assert.Equal(before, await db.CountAsync("select count(*) from fhir_history"));

        // Another message with the same content (a different message id) adds only its own Provenance.
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C9", T0, V2.John), T0), default));
        Assert.Equal(before + 1, await db.CountAsync("select count(*) from fhir_history"));
        Assert.Equal(2, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Provenance'"));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task OnePatientAcrossSendersWithEveryLocalIdentifier(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_match");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", T0, V2.John), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.GpOrder("G1", T0.AddDays(1), V2.John with { Mrn = "GP777" }, "GP5501", "39720311000001101", "Amoxicillin 500mg capsules"), T0.AddDays(1)), default);

        Assert.Equal(1, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Patient'"));
        var patient = await db.ReadAsync<Patient>(await db.SingleIdAsync("Patient"));
        Assert.Contains(patient.Identifier!, i => i.Value == "RXX1234567");
        Assert.Contains(patient.Identifier!, i => i.Value == "GP777");
        Assert.Equal(2, await db.CountAsync("select count(*) from fhir_resources where patient_id = $1 and resource_type in ('Encounter', 'MedicationRequest')", patient.Id!));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task WithoutNhsNumberARecordPerSenderIsLinkedWhenTheNumberArrives(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_link");
        var unknown = V2.John with { Nhs = null, Mrn = "RXX5550001" };
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", T0, unknown, visit: "V1"), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C2", T0, V2.John with { Mrn = "RXX9990009" }, visit: "V2"), T0), default);
        Assert.Equal(2, await db.CountAsync("select count(*) from record_patients where replaced_by is null"));

        // The trust traces the number: the same local record now arrives with it.
        await db.Store.ApplyAsync(Events.From(V2.Adt("A08", "C3", T0.AddHours(1), unknown with { Nhs = V2.NhsNumber }, visit: "V1"), T0.AddHours(1)), default);
        var survivorId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        Assert.Equal(2, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter' and patient_id = $1", survivorId));
        var survivor = await db.ReadAsync<Patient>(survivorId);
        Assert.Contains(survivor.Identifier!, i => i.Value == "RXX5550001");
        var localId = await db.CountAsync("select count(*) from record_patients where replaced_by = $1", survivorId);
        Assert.Equal(1, localId);
        Assert.Contains(survivor.Link!, l => l.Type == LinkType.Replaces);
        var retired = new List<Patient>();
        foreach (var id in await db.IdsAsync("Patient"))
        {
            var patient = await db.ReadAsync<Patient>(id);
            if (patient.Active == false && patient.Link is [{ Type: LinkType.ReplacedBy }, ..])
            {
                retired.Add(patient);
            }
        }

        Assert.Single(retired);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task MergeMovesEncountersToTheSurvivorAndRedirectsTheRetiredRecord(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_merge");
        var retiredPerson = V2.John with { Nhs = null, Mrn = "RXX7654321", Given = "JON" };
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", T0, V2.John, visit: "V100"), T0), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C2", T0, retiredPerson, visit: "V200", ward: "WARD 9"), T0), default);
        var survivorId = await db.PatientIdAsync(FhirSystems.NhsNumber, V2.NhsNumber);
        var retiredId = await db.PatientIdAsync("https://fhir.rxx.nhs.uk/Id/mrn", "RXX7654321");
        Assert.NotEqual(survivorId, retiredId);

        await db.Store.ApplyAsync(Events.From(V2.Merge("C3", T0.AddDays(1), V2.John, "RXX7654321"), T0.AddDays(1)), default);

        Assert.Equal(2, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter' and patient_id = $1", survivorId));
        Assert.Equal(0, await db.CountAsync("select count(*) from fhir_resources where resource_type <> 'Patient' and patient_id = $1", retiredId));
        Assert.Equal(0, await db.CountAsync("select count(*) from fhir_resources where resource_type not in ('Patient', 'Provenance') and cast(resource as text) like $1", "%\"Patient/" + retiredId + "\"%"));

        var retired = await db.ReadAsync<Patient>(retiredId);
        Assert.False(retired.Active);
        var link = Assert.Single(retired.Link!);
        Assert.Equal(LinkType.ReplacedBy, link.Type);
        Assert.Equal("Patient/" + survivorId, link.Other.ReferenceValue);
        var survivor = await db.ReadAsync<Patient>(survivorId);
        Assert.Contains(survivor.Link!, l => l.Type == LinkType.Replaces && l.Other.ReferenceValue == "Patient/" + retiredId);
        Assert.Contains(survivor.Identifier!, i => i.Value == "RXX7654321");
        Assert.Equal(survivorId, (await db.Store.GetPatientFactsAsync(retiredId, default))!.ReplacedBy);

        // A later message naming only the retired number lands on the survivor.
        await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C4", T0.AddDays(2), retiredPerson, visit: "V300"), T0.AddDays(2)), default);
        Assert.Equal(3, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter' and patient_id = $1", survivorId));
        var everything = await db.Store.EverythingAsync(survivorId, default);
        Assert.Equal("Patient", everything[0].ResourceType);
        Assert.Equal(3, everything.Count(r => r.ResourceType == "Encounter"));
        Assert.Contains(everything, r => r.ResourceType == "Location");
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task GpRegistrationIsRecordedForAccessControl(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_gp");
        await db.Store.ApplyAsync(Events.From(V2.Adt("A28", "C1", T0, V2.John with { GpOds = "Y01234", GpName = "RIVERSIDE PRACTICE" }), T0), default);
        var id = await db.SingleIdAsync("Patient");
        Assert.Equal("Y01234", (await db.Store.GetPatientFactsAsync(id, default))!.GpPracticeOds);
        var patient = await db.ReadAsync<Patient>(id);
        Assert.Contains(patient.GeneralPractitioner!, r => r.ReferenceValue!.StartsWith("Organization/", StringComparison.Ordinal));

        // An older registration arriving late does not move the patient back.
        await db.Store.ApplyAsync(Events.From(V2.Adt("A28", "C0", T0.AddDays(-30), V2.John with { GpOds = "B82001" }), T0.AddDays(-30)), default);
        Assert.Equal("Y01234", (await db.Store.GetPatientFactsAsync(id, default))!.GpPracticeOds);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task DifferentPatientsSharingStaffAndWardsApplyConcurrently(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_parallel");
        var events = Enumerable.Range(0, 24)
            .Select(i => Events.From(V2.Adt("A01", "P" + i, T0, new V2.Person(V2.MakeNhsNumber(1000 + (i * 7)), "RXX" + i), visit: "V" + i), T0))
            .ToList();
        var results = await Task.WhenAll(events.Select(e => Task.Run(() => db.Store.ApplyAsync(e, default))));
        Assert.All(results, Assert.True);
        Assert.Equal(24, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Encounter'"));
        Assert.Equal(1, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'Location'"));
        Assert.Equal(1, await db.CountAsync("select max(version_id) from fhir_resources where resource_type = 'Location'"));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task AnAllergyFromTwoSendersIsOneResourceWithBothProvenances(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_allergy");
        const string Al1 = "\rAL1|1|DA|764146007^Penicillin^SCT|SV|Rash";
        await db.Store.ApplyAsync(Events.From(V2.Adt("A08", "C1", T0, V2.John) + Al1, T0), default);
        var gp = V2.Adt("A08", "G1", T0.AddDays(1), V2.John with { Mrn = "GP777" }, sender: "GPSYS", facility: "B82001") + Al1;
        await db.Store.ApplyAsync(Events.From(gp, T0.AddDays(1)), default);
        await db.Store.ApplyAsync(Events.From(V2.Adt("A08", "C2", T0.AddDays(2), V2.John) + "\rAL1|1|DA|91936005^Allergy to penicillin^SCT|SV|Rash", T0.AddDays(2)), default);

        Assert.Equal(2, await db.CountAsync("select count(*) from fhir_resources where resource_type = 'AllergyIntolerance'"));
        var allergyId = await db.SingleIdWhereAsync("AllergyIntolerance", "resource->'code'->'coding'->0->>'code' = '764146007'");
        Assert.Equal(2, await db.CountAsync("select count(*) from search_reference where resource_type = 'Provenance' and param = 'target' and target = $1", "AllergyIntolerance/" + allergyId));
        var senders = await db.CountAsync("""
            select count(distinct p.resource->'agent'->0->'who'->'identifier'->>'system') from fhir_resources p
            join search_reference x on x.resource_type = 'Provenance' and x.id = p.id and x.param = 'target' and x.target = $1
            where p.resource_type = 'Provenance'
            """, "AllergyIntolerance/" + allergyId);
        Assert.Equal(2, senders);
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task MigrationIsIdempotentAndSafeFromTwoInstancesAtOnce(StoreKind store)
    {
        await using var db = await RecordDatabase.CreateAsync(store, "rec_migrate");
        var second = db.OpenAnotherStore();
        await Task.WhenAll(db.Store.MigrateAsync(default), second.MigrateAsync(default), db.Store.MigrateAsync(default));
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", T0, V2.John), T0), default));
    }

    [Theory]
    [InlineData(StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite)]
    public async Task SummerTimeMessagesAreStored(StoreKind store)
    {
        // v2 times are local (Europe/London): in British Summer Time they map to +01:00, which must be stored as UTC.
        await using var db = await RecordDatabase.CreateAsync(store, "rec_bst");
        var july = new DateTimeOffset(2024, 7, 1, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.Adt("A01", "C1", july, V2.John), july), default));
        Assert.True(await db.Store.ApplyAsync(Events.From(V2.HospitalOrder("R1", july.AddHours(1), V2.John, ("ORD1", "42109611000001109", "DMD", "Paracetamol 500mg tablets")), july.AddHours(1)), default));
        var encounter = await db.ReadAsync<Encounter>(await db.SingleIdAsync("Encounter"));
        Assert.True(encounter.Period!.Start!.Value.TryGetDateTimeOffset(out var start));
        Assert.Equal(1, await db.CountAsync("select count(*) from search_date where resource_type = 'Encounter' and low = $1", db.Time(start)));
        Assert.Equal(1, await db.CountAsync("select count(*) from medication_lines where started is not null"));
    }
}
