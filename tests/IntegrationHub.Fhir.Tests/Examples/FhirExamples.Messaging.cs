namespace IntegrationHub.Fhir.Tests.Examples;

public static partial class FhirExamples
{
    public static MessageHeader MessageHeader() => new()
    {
        Id = FhirId.FromKey("urn:test:message", "MSG0001"),
        EventCoding = new Coding { System = "http://terminology.hl7.org/CodeSystem/v2-0003", Code = "A01", Display = "ADT/ACK - Admit/visit notification" },
        Destination = [new MessageHeaderDestination { Name = "Shared care record", Endpoint = "https://records.example.org/fhir" }],
        Sender = Ref("Organization", OrganizationId),
        Source = new MessageHeaderSource
        {
            Name = "PAS",
            Software = "IntegrationHub",
            Version = "1.0.0",
            Contact = new ContactPoint { System = ContactPointSystem.Email, Value = "integration@example.org" },
            Endpoint = "urn:oid:2.16.840.1.113883.2.1.3.2.4.18.99",
        },
        Reason = Concept("http://terminology.hl7.org/CodeSystem/message-reasons-encounter", "admit", "Admit"),
        Focus = [Ref("Encounter", EncounterId)],
    };

    public static Provenance Provenance() => new()
    {
        Id = FhirId.FromKey("urn:test:provenance", "MSG0001"),
        Target = [Ref("Patient", PatientId), Ref("Encounter", EncounterId)],
        OccurredDateTime = FhirDateTime.Parse("2024-03-01T09:30:00Z"),
        Recorded = FhirInstant.Parse("2024-03-01T09:30:05Z"),
        Policy = ["https://example.org/policy/v2-to-fhir"],
        Location = Ref("Location", LocationId),
        Activity = Concept("http://terminology.hl7.org/CodeSystem/v3-DataOperation", "CREATE", "create"),
        Agent =
        [
            new ProvenanceAgent
            {
                Type = Concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "assembler", "Assembler"),
                Who = Ref("Organization", OrganizationId),
            },
        ],
        Entity =
        [
            new ProvenanceEntity
            {
                Role = ProvenanceEntityRole.Source,
                What = new Reference { Identifier = new Identifier { System = "https://example.org/Id/hl7v2-message-control-id", Value = "MSG0001" }, Display = "HL7 v2 ADT^A01" },
            },
        ],
        Signature =
        [
            new Signature
            {
                Type = [new Coding { System = "urn:iso-astm:E1762-95:2013", Code = "1.2.840.10065.1.12.1.14", Display = "Source Signature" }],
                When = FhirInstant.Parse("2024-03-01T09:30:05Z"),
                Who = Ref("Organization", OrganizationId),
                SigFormat = "application/signature+xml",
                Data = "dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==",
            },
        ],
    };

    /// <summary>An admission as the hub would emit it: MessageHeader first, entries linked by urn:uuid, and a Provenance.</summary>
    public static Bundle MessageBundle()
    {
        var header = new MessageHeader
        {
            Id = FhirId.FromKey("urn:test:message-header", "MSG0001"),
            EventCoding = new Coding { System = "http://terminology.hl7.org/CodeSystem/v2-0003", Code = "A01" },
            Source = new MessageHeaderSource { Name = "PAS", Endpoint = "urn:oid:2.16.840.1.113883.2.1.3.2.4.18.99" },
        };
        var bundle = Bundle.CreateMessage(
            header,
            new Identifier { System = "https://example.org/Id/hl7v2-message-control-id", Value = "MSG0001" },
            FhirInstant.Parse("2024-03-01T09:30:05Z"));
        bundle.Id = FhirId.FromKey("urn:test:bundle", "MSG0001");

        var organization = bundle.AddEntry(Organization());
        var patient = Patient();
        patient.ManagingOrganization = Reference.To(organization);
        patient.GeneralPractitioner = null;
        patient.Link = null;
        var patientEntry = bundle.AddEntry(patient);

        var encounter = new Encounter
        {
            Id = EncounterId,
            Status = EncounterStatus.InProgress,
            Class = new Coding { System = "http://terminology.hl7.org/CodeSystem/v3-ActCode", Code = "IMP" },
            Subject = Reference.To(patientEntry, "Ann Smith"),
            Period = Period("2024-03-01T08:00:00Z"),
            ServiceProvider = Reference.To(organization),
        };
        var encounterEntry = bundle.AddEntry(encounter);
        header.Focus = [Reference.To(encounterEntry)];
        header.Sender = Reference.To(organization);

        bundle.AddEntry(new Provenance
        {
            Target = [Reference.To(patientEntry), Reference.To(encounterEntry)],
            Recorded = FhirInstant.Parse("2024-03-01T09:30:05Z"),
            Agent = [new ProvenanceAgent { Who = Reference.To(organization) }],
            Entity = [new ProvenanceEntity { Role = ProvenanceEntityRole.Source, What = new Reference { Display = "HL7 v2 ADT^A01 MSG0001" } }],
        });
        return bundle;
    }
}
