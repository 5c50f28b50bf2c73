namespace IntegrationHub.Fhir.Tests.Examples;

public static partial class FhirExamples
{
    public static Patient Patient() => new()
    {
        Id = PatientId,
        Meta = new Meta { LastUpdated = FhirInstant.Parse("2024-03-01T09:30:00Z"), Profile = ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"] },
        Language = "en-GB",
        Text = Text("Ann SMITH, female, born 1968"),
        Contained = [new Organization { Id = "school", Name = "Leeds Adult Education" }],
        Identifier = [NhsNumber()],
        Active = true,
        Name =
        [
            new HumanName
            {
                Use = NameUse.Official,
                Family = "Smith",
                Given = ["Ann", "Marie"],
                GivenElement = [null, new PrimitiveElement { Id = "middle" }],
                Prefix = ["Mrs"],
                Period = Period("1990-06-01"),
            },
        ],
        Telecom = [Phone("0113 496 0000", ContactPointUse.Home), new ContactPoint { System = ContactPointSystem.Email, Value = "ann@example.org", Use = ContactPointUse.Home }],
        Gender = AdministrativeGender.Female,
        BirthDate = new FhirDate(1968, 2, 29),
        BirthDateElement = new PrimitiveElement
        {
            Extension = [new Extension { Url = "http://hl7.org/fhir/StructureDefinition/patient-birthTime", ValueDateTime = FhirDateTime.Parse("1968-02-29T04:15:00+00:00") }],
        },
        DeceasedBoolean = false,
        Address = [new Address { Use = AddressUse.Home, Line = ["2 Park Lane"], City = "Leeds", PostalCode = "LS2 9JT", Country = "GB" }],
        MaritalStatus = Concept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"),
        MultipleBirthInteger = 1,
        Photo = [new Attachment { ContentType = "image/png", Data = "iVBORw0KGgo=", Size = 8, Title = "Photo", Creation = FhirDateTime.Parse("2020-01-02") }],
        Contact =
        [
            new PatientContact
            {
                Relationship = [Concept("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin")],
                Name = new HumanName { Family = "Smith", Given = ["John"] },
                Telecom = [Phone("07700 900000", ContactPointUse.Mobile)],
                Gender = AdministrativeGender.Male,
                Organization = new Reference { ReferenceValue = "#school" },
                Period = Period("2010-01-01"),
            },
        ],
        Communication = [new PatientCommunication { Language = Concept("urn:ietf:bcp:47", "en-GB", "English (United Kingdom)"), Preferred = true }],
        GeneralPractitioner = [Ref("Organization", GpPracticeId, "Park Surgery")],
        ManagingOrganization = Ref("Organization", OrganizationId),
        Link = [new PatientLink { Other = Ref("Patient", FhirId.FromKey("urn:test:merged", "old")), Type = LinkType.Replaces }],
    };

    public static RelatedPerson RelatedPerson() => new()
    {
        Id = FhirId.FromKey("urn:test:related", "NOK1"),
        Active = true,
        Patient = Ref("Patient", PatientId),
        Relationship = [Concept("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "HUSB", "husband")],
        Name = [new HumanName { Text = "John Smith", Family = "Smith", Given = ["John"] }],
        Telecom = [Phone("07700 900000", ContactPointUse.Mobile)],
        Gender = AdministrativeGender.Male,
        BirthDate = new FhirDate(1966, 5),
        Period = Period("1990-06-01"),
        Communication = [new RelatedPersonCommunication { Language = Concept("urn:ietf:bcp:47", "en-GB"), Preferred = true }],
    };

    public static Practitioner Practitioner() => new()
    {
        Id = PractitionerId,
        Identifier = [new Identifier { System = FhirSystems.GmcNumber, Value = "C1234567" }, new Identifier { System = FhirSystems.GmpNumber, Value = "G1234567" }],
        Active = true,
        Name = [new HumanName { Family = "Jones", Given = ["Rhys"], Prefix = ["Dr"] }],
        Telecom = [Phone("0113 496 0001", ContactPointUse.Work)],
        Address = [WorkAddress()],
        Gender = AdministrativeGender.Male,
        BirthDate = new FhirDate(1975),
        Qualification =
        [
            new PractitionerQualification
            {
                Identifier = [new Identifier { System = FhirSystems.GmcNumber, Value = "C1234567" }],
                Code = Concept("http://terminology.hl7.org/CodeSystem/v2-0360", "MD", "Doctor of Medicine"),
                Period = Period("2000-08-01"),
                Issuer = new Reference { Display = "General Medical Council" },
            },
        ],
        Communication = [Concept("urn:ietf:bcp:47", "cy", "Welsh")],
    };

    public static PractitionerRole PractitionerRole() => new()
    {
        Id = RoleId,
        Active = true,
        Period = Period("2015-01-01"),
        Practitioner = Ref("Practitioner", PractitionerId),
        Organization = Ref("Organization", OrganizationId),
        Code = [Snomed("309343006", "Physician")],
        Specialty = [Snomed("394802001", "General medicine")],
        Location = [Ref("Location", LocationId)],
        Telecom = [Phone("0113 496 0002", ContactPointUse.Work)],
        AvailableTime =
        [
            new PractitionerRoleAvailableTime
            {
                DaysOfWeek = [DaysOfWeek.Mon, DaysOfWeek.Tue, DaysOfWeek.Wed],
                AvailableStartTime = FhirTime.Parse("08:30:00"),
                AvailableEndTime = new FhirTime(new TimeOnly(17, 0)),
            },
        ],
        NotAvailable = [new PractitionerRoleNotAvailable { Description = "Annual leave", During = Period("2024-08-01", "2024-08-14") }],
        AvailabilityExceptions = "Not on bank holidays",
    };

    public static Organization Organization() => new()
    {
        Id = OrganizationId,
        Identifier = [Ods("RXX")],
        Active = true,
        Type = [Concept("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")],
        Name = "Example Teaching Hospitals NHS Trust",
        Alias = ["ETH"],
        Telecom = [Phone("0113 496 0100", ContactPointUse.Work)],
        Address = [WorkAddress()],
        Contact =
        [
            new OrganizationContact
            {
                Purpose = Concept("http://terminology.hl7.org/CodeSystem/contactentity-type", "ADMIN", "Administrative"),
                Name = new HumanName { Text = "Integration team" },
                Telecom = [new ContactPoint { System = ContactPointSystem.Email, Value = "integration@example.org", Use = ContactPointUse.Work }],
            },
        ],
    };

    public static Location Location() => new()
    {
        Id = LocationId,
        Identifier = [new Identifier { System = "https://example.org/Id/location", Value = "WARD-7" }],
        Status = LocationStatus.Active,
        OperationalStatus = new Coding { System = "http://terminology.hl7.org/CodeSystem/v2-0116", Code = "O", Display = "Occupied" },
        Name = "Ward 7",
        Alias = ["Cardiology ward"],
        Mode = LocationMode.Instance,
        Type = [Concept("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "HU", "Hospital unit")],
        Telecom = [Phone("0113 496 0107", ContactPointUse.Work)],
        Address = WorkAddress(),
        PhysicalType = Concept("http://terminology.hl7.org/CodeSystem/location-physical-type", "wa", "Ward"),
        Position = new LocationPosition { Longitude = new FhirDecimal(-1.5491m), Latitude = new FhirDecimal(53.8008m), Altitude = 63.0m },
        ManagingOrganization = Ref("Organization", OrganizationId),
        HoursOfOperation = [new LocationHoursOfOperation { DaysOfWeek = [DaysOfWeek.Sat, DaysOfWeek.Sun], AllDay = true }],
        AvailabilityExceptions = "Visiting 14:00 to 20:00",
    };
}
