namespace IntegrationHub.Fhir.Tests.Examples;

/// <summary>
/// One realistic, valid instance of every resource type in the model (synthetic data only: the
/// NHS number is the well-known test number 9000000009). The conformance test hands these to the
/// independent validator; the round-trip tests use them too.
/// </summary>
public static partial class FhirExamples
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static readonly string PatientId = FhirId.FromKey(FhirSystems.NhsNumber, "9000000009");
    public static readonly string PractitionerId = FhirId.FromKey(FhirSystems.GmcNumber, "C1234567");
    public static readonly string RoleId = FhirId.FromKey("urn:test:role", "C1234567@RXX");
    public static readonly string OrganizationId = FhirId.FromKey(FhirSystems.OdsOrganizationCode, "RXX");
    public static readonly string GpPracticeId = FhirId.FromKey(FhirSystems.OdsOrganizationCode, "A81001");
    public static readonly string LocationId = FhirId.FromKey("urn:test:location", "WARD-7");
    public static readonly string EncounterId = FhirId.FromKey("urn:test:visit", "V0001");
    public static readonly string EpisodeId = FhirId.FromKey("urn:test:episode", "E0001");
    public static readonly string ConditionId = FhirId.FromKey("urn:test:condition", "C0001");
    public static readonly string CoverageId = FhirId.FromKey("urn:test:coverage", "COV1");
    public static readonly string MedicationId = FhirId.FromKey(FhirSystems.Dmd, "39720311000001101");
    public static readonly string RequestId = FhirId.FromKey("urn:test:order", "ORD1");

    /// <summary>Every example, one per resource type, message Bundle included.</summary>
    public static IReadOnlyList<Resource> All() =>
    [
        Patient(), RelatedPerson(), Practitioner(), PractitionerRole(), Organization(), Location(),
        Encounter(), EpisodeOfCare(), AllergyIntolerance(), Condition(), Procedure(), Observation(),
        Medication(), MedicationRequest(), MedicationStatement(), MedicationDispense(), MedicationAdministration(),
        Coverage(), Account(), Subscription(), OperationOutcome(), CapabilityStatement(), Parameters(),
        List(), AuditEvent(), MessageHeader(), Provenance(), MessageBundle(),
    ];

    public static Reference Ref(string type, string id, string? display = null)
        => new() { ReferenceValue = type + "/" + id, Type = type, Display = display };

    public static CodeableConcept Snomed(string code, string display)
        => new() { Coding = [new Coding { System = FhirSystems.SnomedCt, Code = code, Display = display }], Text = display };

    public static CodeableConcept Concept(string system, string code, string? display = null)
        => new() { Coding = [new Coding { System = system, Code = code, Display = display }] };

    public static Narrative Text(string words)
        => new() { Status = NarrativeStatus.Generated, Div = $"<div xmlns=\"{Xhtml}\"><p>{words}</p></div>" };

    public static Quantity Ucum(decimal value, string unit)
        => new() { Value = value, Unit = unit, System = "http://unitsofmeasure.org", Code = unit };

    public static Identifier NhsNumber() => new()
    {
        Use = IdentifierUse.Official,
        System = FhirSystems.NhsNumber,
        Value = "9000000009",
        Extension =
        [
            new Extension
            {
                Url = FhirSystems.NhsNumberVerificationStatusExtension,
                ValueCodeableConcept = Concept(FhirSystems.NhsNumberVerificationStatusCodeSystem, "01", "Number present and verified"),
            },
        ],
    };

    public static Identifier Ods(string code) => new() { System = FhirSystems.OdsOrganizationCode, Value = code };

    public static Period Period(string start, string? end = null)
        => new() { Start = FhirDateTime.Parse(start), End = end is null ? null : FhirDateTime.Parse(end) };

    public static ContactPoint Phone(string number, ContactPointUse use)
        => new() { System = ContactPointSystem.Phone, Value = number, Use = use, Rank = 1 };

    public static Address WorkAddress() => new()
    {
        Use = AddressUse.Work,
        Type = AddressType.Both,
        Line = ["1 Hospital Road"],
        City = "Leeds",
        District = "West Yorkshire",
        PostalCode = "LS1 3EX",
        Country = "GB",
        Period = Period("2001-04-01"),
    };
}
