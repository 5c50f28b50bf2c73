namespace IntegrationHub.Fhir.Tests.Examples;

public static partial class FhirExamples
{
    public static Encounter Encounter() => new()
    {
        Id = EncounterId,
        Identifier = [new Identifier { System = "https://example.org/Id/visit-number", Value = "V0001" }],
        Status = EncounterStatus.InProgress,
        StatusHistory = [new EncounterStatusHistory { Status = EncounterStatus.Arrived, Period = Period("2024-03-01T09:00:00Z", "2024-03-01T09:30:00Z") }],
        Class = new Coding { System = "http://terminology.hl7.org/CodeSystem/v3-ActCode", Code = "IMP", Display = "inpatient encounter" },
        ClassHistory = [new EncounterClassHistory { Class = new Coding { System = "http://terminology.hl7.org/CodeSystem/v3-ActCode", Code = "EMER" }, Period = Period("2024-03-01T08:00:00Z", "2024-03-01T09:00:00Z") }],
        Type = [Snomed("183452005", "Emergency hospital admission")],
        Priority = Concept("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency"),
        Subject = Ref("Patient", PatientId),
        EpisodeOfCare = [Ref("EpisodeOfCare", EpisodeId)],
        Participant =
        [
            new EncounterParticipant
            {
                Type = [Concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender")],
                Period = Period("2024-03-01T09:30:00Z"),
                Individual = Ref("Practitioner", PractitionerId),
            },
        ],
        Period = Period("2024-03-01T08:00:00Z"),
        Length = new Duration { Value = 90, Unit = "min", System = "http://unitsofmeasure.org", Code = "min" },
        ReasonCode = [Snomed("29857009", "Chest pain")],
        Diagnosis = [new EncounterDiagnosis { Condition = Ref("Condition", ConditionId), Use = Concept("http://terminology.hl7.org/CodeSystem/diagnosis-role", "AD", "Admission diagnosis"), Rank = 1 }],
        Hospitalization = new EncounterHospitalization
        {
            PreAdmissionIdentifier = new Identifier { System = "https://example.org/Id/pre-admission", Value = "PA1" },
            AdmitSource = Concept("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department"),
            DietPreference = [Concept("http://terminology.hl7.org/CodeSystem/diet", "vegetarian")],
        },
        Location = [new EncounterLocation { Location = Ref("Location", LocationId), Status = EncounterLocationStatus.Active, Period = Period("2024-03-01T09:30:00Z") }],
        ServiceProvider = Ref("Organization", OrganizationId),
    };

    public static EpisodeOfCare EpisodeOfCare() => new()
    {
        Id = EpisodeId,
        Status = EpisodeOfCareStatus.Active,
        StatusHistory = [new EpisodeOfCareStatusHistory { Status = EpisodeOfCareStatus.Planned, Period = Period("2024-02-01", "2024-03-01") }],
        Type = [Concept("http://terminology.hl7.org/CodeSystem/episodeofcare-type", "hacc", "Home and Community Care")],
        Diagnosis = [new EpisodeOfCareDiagnosis { Condition = Ref("Condition", ConditionId), Rank = 1 }],
        Patient = Ref("Patient", PatientId),
        ManagingOrganization = Ref("Organization", OrganizationId),
        Period = Period("2024-03-01"),
        CareManager = Ref("Practitioner", PractitionerId),
    };

    public static AllergyIntolerance AllergyIntolerance() => new()
    {
        Id = FhirId.FromKey("urn:test:allergy", "A1"),
        ClinicalStatus = Concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active"),
        VerificationStatus = Concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed"),
        Type = AllergyIntoleranceType.Allergy,
        Category = [AllergyIntoleranceCategory.Medication],
        Criticality = AllergyIntoleranceCriticality.High,
        Code = Snomed("764146007", "Penicillin"),
        Patient = Ref("Patient", PatientId),
        Encounter = Ref("Encounter", EncounterId),
        OnsetDateTime = FhirDateTime.Parse("1999"),
        RecordedDate = FhirDateTime.Parse("2024-03-01T10:00:00+00:00"),
        Recorder = Ref("Practitioner", PractitionerId),
        Note = [new Annotation { AuthorReference = Ref("Practitioner", PractitionerId), Time = FhirDateTime.Parse("2024-03-01T10:00:00Z"), Text = "Reported by the patient." }],
        Reaction =
        [
            new AllergyIntoleranceReaction
            {
                Substance = Snomed("373270004", "Penicillin -class of antibiotic-"),
                Manifestation = [Snomed("271807003", "Eruption of skin")],
                Onset = FhirDateTime.Parse("1999-07"),
                Severity = AllergyIntoleranceSeverity.Moderate,
                ExposureRoute = Snomed("26643006", "Oral route"),
            },
        ],
    };

    public static Condition Condition() => new()
    {
        Id = ConditionId,
        ClinicalStatus = Concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", "Resolved"),
        VerificationStatus = Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"),
        Category = [Concept("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis", "Encounter Diagnosis")],
        Severity = Snomed("24484000", "Severe"),
        Code = Snomed("22298006", "Myocardial infarction"),
        BodySite = [Snomed("80891009", "Heart structure")],
        Subject = Ref("Patient", PatientId),
        Encounter = Ref("Encounter", EncounterId),
        OnsetAge = new Age { Value = 56, Unit = "a", System = "http://unitsofmeasure.org", Code = "a" },
        AbatementRange = new Range { Low = new Age { Value = 56, Unit = "a", System = "http://unitsofmeasure.org", Code = "a" }, High = new Age { Value = 57, Unit = "a", System = "http://unitsofmeasure.org", Code = "a" } },
        RecordedDate = FhirDateTime.Parse("2024-03-01"),
        Asserter = Ref("Practitioner", PractitionerId),
        Stage = [new ConditionStage { Summary = Snomed("258219007", "Stage 2"), Type = Snomed("254291000", "Staging")  }],
        Evidence = [new ConditionEvidence { Code = [Snomed("29857009", "Chest pain")], Detail = [Ref("Observation", FhirId.FromKey("urn:test:obs", "O1"))] }],
        Note = [new Annotation { AuthorString = "Ward clerk", Text = "Coded from the discharge letter." }],
    };

    public static Procedure Procedure() => new()
    {
        Id = FhirId.FromKey("urn:test:procedure", "P1"),
        Status = EventStatus.Completed,
        Category = Snomed("387713003", "Surgical procedure"),
        Code = Snomed("232717009", "Coronary artery bypass grafting"),
        Subject = Ref("Patient", PatientId),
        Encounter = Ref("Encounter", EncounterId),
        PerformedPeriod = Period("2024-03-02T08:00:00Z", "2024-03-02T12:30:00Z"),
        Recorder = Ref("Practitioner", PractitionerId),
        Performer = [new ProcedurePerformer { Function = Snomed("304292004", "Surgeon"), Actor = Ref("Practitioner", PractitionerId), OnBehalfOf = Ref("Organization", OrganizationId) }],
        Location = Ref("Location", LocationId),
        ReasonReference = [Ref("Condition", ConditionId)],
        BodySite = [Snomed("80891009", "Heart structure")],
        Outcome = Snomed("385669000", "Successful"),
        FollowUp = [Snomed("18949003", "Change of dressing")],
        UsedCode = [Snomed("40388003", "Implant")],
    };

    public static Observation Observation() => new()
    {
        Id = FhirId.FromKey("urn:test:obs", "O1"),
        Status = ObservationStatus.Final,
        Category = [Concept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")],
        Code = new CodeableConcept { Coding = [new Coding { System = "http://loinc.org", Code = "85354-9", Display = "Blood pressure panel" }] },
        Subject = Ref("Patient", PatientId),
        Encounter = Ref("Encounter", EncounterId),
        EffectiveDateTime = FhirDateTime.Parse("2024-03-01T09:45:00+00:00"),
        Issued = FhirInstant.Parse("2024-03-01T09:46:12.250Z"),
        Performer = [Ref("Practitioner", PractitionerId)],
        Interpretation = [Concept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "H", "High")],
        BodySite = Snomed("368209003", "Right arm"),
        Component =
        [
            new ObservationComponent
            {
                Code = new CodeableConcept { Coding = [new Coding { System = "http://loinc.org", Code = "8480-6", Display = "Systolic blood pressure" }] },
                ValueQuantity = Ucum(150.0m, "mm[Hg]"),
                ReferenceRange = [new ObservationReferenceRange { Low = Ucum(90, "mm[Hg]"), High = Ucum(120, "mm[Hg]"), Text = "Normal adult" }],
            },
            new ObservationComponent
            {
                Code = new CodeableConcept { Coding = [new Coding { System = "http://loinc.org", Code = "8462-4", Display = "Diastolic blood pressure" }] },
                ValueQuantity = Ucum(95m, "mm[Hg]"),
            },
        ],
    };
}
