namespace IntegrationHub.Fhir.Tests.Examples;

public static partial class FhirExamples
{
    public static Coverage Coverage() => new()
    {
        Id = CoverageId,
        Status = FinancialResourceStatus.Active,
        Type = Concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
        Beneficiary = Ref("Patient", PatientId),
        Relationship = Concept("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"),
        Period = Period("2024-01-01", "2024-12-31"),
        Payor = [Ref("Organization", OrganizationId)],
        Class = [new CoverageClass { Type = Concept("http://terminology.hl7.org/CodeSystem/coverage-class", "plan"), Value = "NHS", Name = "NHS funded" }],
        Order = 1,
        CostToBeneficiary =
        [
            new CoverageCostToBeneficiary
            {
                Type = Concept("http://terminology.hl7.org/CodeSystem/coverage-copay-type", "copay"),
                ValueMoney = new Money { Value = 9.90m, Currency = "GBP" },
                Exception = [new CoverageCostToBeneficiaryException { Type = Concept("http://terminology.hl7.org/CodeSystem/ex-coverage-financial-exception", "retired"), Period = Period("2024-01-01") }],
            },
        ],
    };

    public static Account Account() => new()
    {
        Id = FhirId.FromKey("urn:test:account", "AC1"),
        Identifier = [new Identifier { System = "https://example.org/Id/account", Value = "AC1" }],
        Status = AccountStatus.Active,
        Type = Concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PBILLACCT", "patient billing account"),
        Name = "Inpatient stay",
        Subject = [Ref("Patient", PatientId)],
        ServicePeriod = Period("2024-03-01"),
        Coverage = [new AccountCoverage { Coverage = Ref("Coverage", CoverageId), Priority = 1 }],
        Owner = Ref("Organization", OrganizationId),
        Guarantor = [new AccountGuarantor { Party = Ref("Patient", PatientId), OnHold = false, Period = Period("2024-03-01") }],
    };

    public static Subscription Subscription() => new()
    {
        Id = FhirId.FromKey("urn:test:subscription", "GP-A81001"),
        Status = SubscriptionStatus.Active,
        Contact = [new ContactPoint { System = ContactPointSystem.Email, Value = "gp@example.org" }],
        End = FhirInstant.Parse("2025-01-01T00:00:00Z"),
        Reason = "Notify the registered GP of admissions and discharges",
        Criteria = "Encounter?patient.general-practitioner=Organization/" + GpPracticeId,
        Channel = new SubscriptionChannel
        {
            Type = SubscriptionChannelType.RestHook,
            Endpoint = "https://gp.example.org/fhir/notify",
            Payload = "application/fhir+json",
            Header = ["Authorization: Bearer secret-token-reference"],
        },
    };

    public static OperationOutcome OperationOutcome()
    {
        var outcome = IntegrationHub.Fhir.OperationOutcome.FromIssues(
        [
            new FhirIssue(IssueSeverity.Error, IssueType.CodeInvalid, "Patient.gender", "The code 'x' is not in the required value set AdministrativeGender."),
            new FhirIssue(IssueSeverity.Warning, IssueType.Informational, "Patient", "No narrative."),
        ]);
        outcome.Id = FhirId.FromKey("urn:test:outcome", "OO1");
        outcome.Issue[0].Details = Concept("http://terminology.hl7.org/CodeSystem/operation-outcome", "MSG_BAD_SYNTAX");
        outcome.Issue[0].Location = ["/f:Patient/f:gender"];
        return outcome;
    }

    public static CapabilityStatement CapabilityStatement() => new()
    {
        Id = FhirId.FromKey("urn:test:capability", "hub"),
        Url = "https://hub.example.org/fhir/metadata",
        Version = "1.0.0",
        Name = "IntegrationHubCapabilities",
        Title = "Integration Hub FHIR API",
        Status = PublicationStatus.Active,
        Experimental = false,
        Date = FhirDateTime.Parse("2024-03-01"),
        Publisher = "Example Teaching Hospitals NHS Trust",
        Contact = [new ContactDetail { Name = "Integration team", Telecom = [new ContactPoint { System = ContactPointSystem.Email, Value = "integration@example.org" }] }],
        Description = "What the hub's FHIR API supports.",
        UseContext = [new UsageContext { Code = new Coding { System = "http://terminology.hl7.org/CodeSystem/usage-context-type", Code = "venue" }, ValueCodeableConcept = Snomed("22232009", "Hospital") }],
        Jurisdiction = [Concept("urn:iso:std:iso:3166", "GB", "United Kingdom of Great Britain and Northern Ireland")],
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatementSoftware { Name = "IntegrationHub", Version = "1.0.0", ReleaseDate = FhirDateTime.Parse("2024-03-01") },
        Implementation = new CapabilityStatementImplementation { Description = "Integration Hub at the example trust", Url = "https://hub.example.org/fhir", Custodian = Ref("Organization", OrganizationId) },
        FhirVersion = FHIRVersion.V401,
        Format = ["application/fhir+json", "json"],
        Rest =
        [
            new CapabilityStatementRest
            {
                Mode = RestfulCapabilityMode.Server,
                Security = new CapabilityStatementRestSecurity { Cors = true, Service = [Concept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR")] },
                Resource =
                [
                    new CapabilityStatementRestResource
                    {
                        Type = ResourceType.Patient,
                        Profile = "http://hl7.org/fhir/StructureDefinition/Patient",
                        Interaction = [new CapabilityStatementRestResourceInteraction { Code = TypeRestfulInteraction.Read }, new CapabilityStatementRestResourceInteraction { Code = TypeRestfulInteraction.SearchType }],
                        Versioning = ResourceVersionPolicy.Versioned,
                        ReadHistory = false,
                        ConditionalRead = ConditionalReadStatus.NotSupported,
                        ConditionalDelete = ConditionalDeleteStatus.NotSupported,
                        ReferencePolicy = [ReferenceHandlingPolicy.Literal, ReferenceHandlingPolicy.Logical],
                        SearchParam = [new CapabilityStatementRestResourceSearchParam { Name = "identifier", Definition = "http://hl7.org/fhir/SearchParameter/Patient-identifier", Type = SearchParamType.Token }],
                    },
                ],
                Interaction = [new CapabilityStatementRestInteraction { Code = SystemRestfulInteraction.Transaction }],
                Operation = [new CapabilityStatementRestResourceOperation { Name = "process-message", Definition = "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message" }],
            },
        ],
        Messaging =
        [
            new CapabilityStatementMessaging
            {
                Endpoint = [new CapabilityStatementMessagingEndpoint { Protocol = new Coding { System = "http://terminology.hl7.org/CodeSystem/message-transport", Code = "http" }, Address = "https://hub.example.org/fhir/$process-message" }],
                ReliableCache = 30,
                SupportedMessage = [new CapabilityStatementMessagingSupportedMessage { Mode = EventCapabilityMode.Sender, Definition = "https://hub.example.org/fhir/MessageDefinition/admit" }],
            },
        ],
    };

    public static Parameters Parameters() => new()
    {
        Id = FhirId.FromKey("urn:test:parameters", "P1"),
        Parameter =
        [
            new ParametersParameter { Name = "count", ValueInteger = 3 },
            new ParametersParameter { Name = "since", ValueInstant = FhirInstant.Parse("2024-03-01T00:00:00Z") },
            new ParametersParameter { Name = "weight", ValueDecimal = FhirDecimal.TryParse("72.50", out var weight) ? weight : default },
            new ParametersParameter { Name = "patient", Resource = new Patient { Id = "p1", Identifier = [NhsNumber()] } },
            new ParametersParameter
            {
                Name = "source",
                Part = [new ParametersParameter { Name = "code", ValueCoding = new Coding { System = FhirSystems.SnomedCt, Code = "22298006" } }],
            },
        ],
    };

    public static List List() => new()
    {
        Id = FhirId.FromKey("urn:test:list", "L1"),
        Status = ListStatus.Current,
        Mode = ListMode.Working,
        Title = "Current medication",
        Code = Snomed("182836005", "Review of medication"),
        Subject = Ref("Patient", PatientId),
        Date = FhirDateTime.Parse("2024-03-01T12:00:00Z"),
        Source = Ref("Practitioner", PractitionerId),
        Entry = [new ListEntry { Date = FhirDateTime.Parse("2024-03-01"), Item = Ref("MedicationStatement", FhirId.FromKey("urn:test:statement", "S1")) }],
    };

    public static AuditEvent AuditEvent() => new()
    {
        Id = FhirId.FromKey("urn:test:audit", "AU1"),
        Type = new Coding { System = "http://terminology.hl7.org/CodeSystem/audit-event-type", Code = "rest", Display = "RESTful Operation" },
        Subtype = [new Coding { System = "http://hl7.org/fhir/restful-interaction", Code = "read", Display = "read" }],
        Action = AuditEventAction.R,
        Period = Period("2024-03-01T12:00:00Z", "2024-03-01T12:00:01Z"),
        Recorded = FhirInstant.Parse("2024-03-01T12:00:01.123+00:00"),
        Outcome = AuditEventOutcome.Success,
        Agent =
        [
            new AuditEventAgent
            {
                Who = Ref("Practitioner", PractitionerId),
                Requestor = true,
                Network = new AuditEventAgentNetwork { Address = "10.0.0.1", Type = AuditEventAgentNetworkType.IPAddress },
            },
        ],
        Source = new AuditEventSource { Site = "hub", Observer = Ref("Organization", OrganizationId) },
        Entity = [new AuditEventEntity { What = Ref("Patient", PatientId), Detail = [new AuditEventEntityDetail { Type = "query-id", ValueString = "q1" }] }],
    };
}
