namespace IntegrationHub.Fhir.Tests.Examples;

public static partial class FhirExamples
{
    public static CodeableConcept Dmd(string code, string display)
        => new() { Coding = [new Coding { System = FhirSystems.Dmd, Code = code, Display = display }] };

    public static Medication Medication() => new()
    {
        Id = MedicationId,
        Code = Dmd("39720311000001101", "Paracetamol 500mg tablets"),
        Status = MedicationStatus.Active,
        Manufacturer = Ref("Organization", OrganizationId),
        Form = Snomed("385055001", "Tablet"),
        Amount = new Ratio { Numerator = Ucum(100, "{tablet}"), Denominator = Ucum(1, "{pack}") },
        Ingredient =
        [
            new MedicationIngredient
            {
                ItemCodeableConcept = Snomed("387517004", "Paracetamol"),
                IsActive = true,
                Strength = new Ratio { Numerator = Ucum(500, "mg"), Denominator = Ucum(1, "{tablet}") },
            },
        ],
        Batch = new MedicationBatch { LotNumber = "B123", ExpirationDate = FhirDateTime.Parse("2026-12") },
    };

    public static Dosage Dosage() => new()
    {
        Sequence = 1,
        Text = "One tablet four times a day when required",
        AdditionalInstruction = [Snomed("311504000", "With or after food")],
        PatientInstruction = "Do not take more than 8 in 24 hours",
        Timing = new Timing
        {
            Repeat = new TimingRepeat
            {
                BoundsDuration = new Duration { Value = 7, Unit = "d", System = "http://unitsofmeasure.org", Code = "d" },
                Frequency = 4,
                Period = 1,
                PeriodUnit = UnitsOfTime.D,
            },
        },
        AsNeededCodeableConcept = Snomed("22253000", "Pain"),
        Route = Snomed("26643006", "Oral route"),
        DoseAndRate =
        [
            new DosageDoseAndRate
            {
                Type = Concept("http://terminology.hl7.org/CodeSystem/dose-rate-type", "ordered", "Ordered"),
                DoseQuantity = Ucum(1, "{tablet}"),
            },
        ],
        MaxDosePerPeriod = new Ratio { Numerator = Ucum(8, "{tablet}"), Denominator = Ucum(1, "d") },
    };

    public static MedicationRequest MedicationRequest() => new()
    {
        Id = RequestId,
        Contained = [new Medication { Id = "med", Code = Dmd("39720311000001101", "Paracetamol 500mg tablets") }],
        Identifier = [new Identifier { System = "https://example.org/Id/placer-order", Value = "ORD1" }],
        Status = MedicationRequestStatus.Active,
        Intent = MedicationRequestIntent.Order,
        Category = [Concept("http://terminology.hl7.org/CodeSystem/medicationrequest-category", "inpatient", "Inpatient")],
        Priority = RequestPriority.Routine,
        ReportedBoolean = false,
        MedicationReference = new Reference { ReferenceValue = "#med" },
        Subject = Ref("Patient", PatientId),
        Encounter = Ref("Encounter", EncounterId),
        AuthoredOn = FhirDateTime.Parse("2024-03-01T11:00:00Z"),
        Requester = Ref("Practitioner", PractitionerId),
        ReasonReference = [Ref("Condition", ConditionId)],
        GroupIdentifier = new Identifier { System = "https://example.org/Id/prescription", Value = "RX1" },
        Insurance = [Ref("Coverage", CoverageId)],
        Note = [new Annotation { Text = "Review after 7 days." }],
        DosageInstruction = [Dosage()],
        DispenseRequest = new MedicationRequestDispenseRequest
        {
            InitialFill = new MedicationRequestDispenseRequestInitialFill { Quantity = Ucum(28, "{tablet}") },
            ValidityPeriod = Period("2024-03-01", "2024-03-31"),
            NumberOfRepeatsAllowed = 2,
            Quantity = Ucum(28, "{tablet}"),
            ExpectedSupplyDuration = new Duration { Value = 7, Unit = "days", System = "http://unitsofmeasure.org", Code = "d" },
        },
        Substitution = new MedicationRequestSubstitution { AllowedBoolean = true },
    };

    public static MedicationStatement MedicationStatement() => new()
    {
        Id = FhirId.FromKey("urn:test:statement", "S1"),
        Status = MedicationStatementStatus.Active,
        Category = Concept("http://terminology.hl7.org/CodeSystem/medication-statement-category", "community", "Community"),
        MedicationCodeableConcept = Dmd("39720311000001101", "Paracetamol 500mg tablets"),
        Subject = Ref("Patient", PatientId),
        EffectivePeriod = Period("2024-01-01"),
        DateAsserted = FhirDateTime.Parse("2024-03-01T09:40:00Z"),
        InformationSource = Ref("Patient", PatientId),
        ReasonCode = [Snomed("22253000", "Pain")],
        Dosage = [new Dosage { Text = "Two tablets when needed", AsNeededBoolean = true }],
    };

    public static MedicationDispense MedicationDispense() => new()
    {
        Id = FhirId.FromKey("urn:test:dispense", "D1"),
        Status = MedicationDispenseStatus.Completed,
        MedicationReference = Ref("Medication", MedicationId),
        Subject = Ref("Patient", PatientId),
        Performer = [new MedicationDispensePerformer { Actor = Ref("Practitioner", PractitionerId) }],
        Location = Ref("Location", LocationId),
        AuthorizingPrescription = [Ref("MedicationRequest", RequestId)],
        Type = Concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "FF", "First Fill"),
        Quantity = Ucum(28, "{tablet}"),
        DaysSupply = Ucum(7, "d"),
        WhenPrepared = FhirDateTime.Parse("2024-03-01T12:00:00Z"),
        WhenHandedOver = FhirDateTime.Parse("2024-03-01T12:30:00Z"),
        DosageInstruction = [Dosage()],
        Substitution = new MedicationDispenseSubstitution { WasSubstituted = false },
    };

    public static MedicationAdministration MedicationAdministration() => new()
    {
        Id = FhirId.FromKey("urn:test:administration", "MA1"),
        Status = MedicationAdministrationStatus.Completed,
        MedicationCodeableConcept = Dmd("39720311000001101", "Paracetamol 500mg tablets"),
        Subject = Ref("Patient", PatientId),
        Context = Ref("Encounter", EncounterId),
        EffectiveDateTime = FhirDateTime.Parse("2024-03-01T14:00:00+01:00"),
        Performer = [new MedicationAdministrationPerformer { Actor = Ref("Practitioner", PractitionerId) }],
        Request = Ref("MedicationRequest", RequestId),
        Dosage = new MedicationAdministrationDosage { Text = "1 tablet", Route = Snomed("26643006", "Oral route"), Dose = Ucum(1, "{tablet}") },
    };
}
