using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ResourceType (http://hl7.org/fhir/ValueSet/resource-types); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ResourceTypeConverter))]
public enum ResourceType
{
    /// <summary><c>Account</c>: Account.</summary>
    Account,
    /// <summary><c>ActivityDefinition</c>: ActivityDefinition.</summary>
    ActivityDefinition,
    /// <summary><c>AdverseEvent</c>: AdverseEvent.</summary>
    AdverseEvent,
    /// <summary><c>AllergyIntolerance</c>: AllergyIntolerance.</summary>
    AllergyIntolerance,
    /// <summary><c>Appointment</c>: Appointment.</summary>
    Appointment,
    /// <summary><c>AppointmentResponse</c>: AppointmentResponse.</summary>
    AppointmentResponse,
    /// <summary><c>AuditEvent</c>: AuditEvent.</summary>
    AuditEvent,
    /// <summary><c>Basic</c>: Basic.</summary>
    Basic,
    /// <summary><c>Binary</c>: Binary.</summary>
    Binary,
    /// <summary><c>BiologicallyDerivedProduct</c>: BiologicallyDerivedProduct.</summary>
    BiologicallyDerivedProduct,
    /// <summary><c>BodyStructure</c>: BodyStructure.</summary>
    BodyStructure,
    /// <summary><c>Bundle</c>: Bundle.</summary>
    Bundle,
    /// <summary><c>CapabilityStatement</c>: CapabilityStatement.</summary>
    CapabilityStatement,
    /// <summary><c>CarePlan</c>: CarePlan.</summary>
    CarePlan,
    /// <summary><c>CareTeam</c>: CareTeam.</summary>
    CareTeam,
    /// <summary><c>CatalogEntry</c>: CatalogEntry.</summary>
    CatalogEntry,
    /// <summary><c>ChargeItem</c>: ChargeItem.</summary>
    ChargeItem,
    /// <summary><c>ChargeItemDefinition</c>: ChargeItemDefinition.</summary>
    ChargeItemDefinition,
    /// <summary><c>Claim</c>: Claim.</summary>
    Claim,
    /// <summary><c>ClaimResponse</c>: ClaimResponse.</summary>
    ClaimResponse,
    /// <summary><c>ClinicalImpression</c>: ClinicalImpression.</summary>
    ClinicalImpression,
    /// <summary><c>CodeSystem</c>: CodeSystem.</summary>
    CodeSystem,
    /// <summary><c>Communication</c>: Communication.</summary>
    Communication,
    /// <summary><c>CommunicationRequest</c>: CommunicationRequest.</summary>
    CommunicationRequest,
    /// <summary><c>CompartmentDefinition</c>: CompartmentDefinition.</summary>
    CompartmentDefinition,
    /// <summary><c>Composition</c>: Composition.</summary>
    Composition,
    /// <summary><c>ConceptMap</c>: ConceptMap.</summary>
    ConceptMap,
    /// <summary><c>Condition</c>: Condition.</summary>
    Condition,
    /// <summary><c>Consent</c>: Consent.</summary>
    Consent,
    /// <summary><c>Contract</c>: Contract.</summary>
    Contract,
    /// <summary><c>Coverage</c>: Coverage.</summary>
    Coverage,
    /// <summary><c>CoverageEligibilityRequest</c>: CoverageEligibilityRequest.</summary>
    CoverageEligibilityRequest,
    /// <summary><c>CoverageEligibilityResponse</c>: CoverageEligibilityResponse.</summary>
    CoverageEligibilityResponse,
    /// <summary><c>DetectedIssue</c>: DetectedIssue.</summary>
    DetectedIssue,
    /// <summary><c>Device</c>: Device.</summary>
    Device,
    /// <summary><c>DeviceDefinition</c>: DeviceDefinition.</summary>
    DeviceDefinition,
    /// <summary><c>DeviceMetric</c>: DeviceMetric.</summary>
    DeviceMetric,
    /// <summary><c>DeviceRequest</c>: DeviceRequest.</summary>
    DeviceRequest,
    /// <summary><c>DeviceUseStatement</c>: DeviceUseStatement.</summary>
    DeviceUseStatement,
    /// <summary><c>DiagnosticReport</c>: DiagnosticReport.</summary>
    DiagnosticReport,
    /// <summary><c>DocumentManifest</c>: DocumentManifest.</summary>
    DocumentManifest,
    /// <summary><c>DocumentReference</c>: DocumentReference.</summary>
    DocumentReference,
    /// <summary><c>DomainResource</c>: DomainResource.</summary>
    DomainResource,
    /// <summary><c>EffectEvidenceSynthesis</c>: EffectEvidenceSynthesis.</summary>
    EffectEvidenceSynthesis,
    /// <summary><c>Encounter</c>: Encounter.</summary>
    Encounter,
    /// <summary><c>Endpoint</c>: Endpoint.</summary>
    Endpoint,
    /// <summary><c>EnrollmentRequest</c>: EnrollmentRequest.</summary>
    EnrollmentRequest,
    /// <summary><c>EnrollmentResponse</c>: EnrollmentResponse.</summary>
    EnrollmentResponse,
    /// <summary><c>EpisodeOfCare</c>: EpisodeOfCare.</summary>
    EpisodeOfCare,
    /// <summary><c>EventDefinition</c>: EventDefinition.</summary>
    EventDefinition,
    /// <summary><c>Evidence</c>: Evidence.</summary>
    Evidence,
    /// <summary><c>EvidenceVariable</c>: EvidenceVariable.</summary>
    EvidenceVariable,
    /// <summary><c>ExampleScenario</c>: ExampleScenario.</summary>
    ExampleScenario,
    /// <summary><c>ExplanationOfBenefit</c>: ExplanationOfBenefit.</summary>
    ExplanationOfBenefit,
    /// <summary><c>FamilyMemberHistory</c>: FamilyMemberHistory.</summary>
    FamilyMemberHistory,
    /// <summary><c>Flag</c>: Flag.</summary>
    Flag,
    /// <summary><c>Goal</c>: Goal.</summary>
    Goal,
    /// <summary><c>GraphDefinition</c>: GraphDefinition.</summary>
    GraphDefinition,
    /// <summary><c>Group</c>: Group.</summary>
    Group,
    /// <summary><c>GuidanceResponse</c>: GuidanceResponse.</summary>
    GuidanceResponse,
    /// <summary><c>HealthcareService</c>: HealthcareService.</summary>
    HealthcareService,
    /// <summary><c>ImagingStudy</c>: ImagingStudy.</summary>
    ImagingStudy,
    /// <summary><c>Immunization</c>: Immunization.</summary>
    Immunization,
    /// <summary><c>ImmunizationEvaluation</c>: ImmunizationEvaluation.</summary>
    ImmunizationEvaluation,
    /// <summary><c>ImmunizationRecommendation</c>: ImmunizationRecommendation.</summary>
    ImmunizationRecommendation,
    /// <summary><c>ImplementationGuide</c>: ImplementationGuide.</summary>
    ImplementationGuide,
    /// <summary><c>InsurancePlan</c>: InsurancePlan.</summary>
    InsurancePlan,
    /// <summary><c>Invoice</c>: Invoice.</summary>
    Invoice,
    /// <summary><c>Library</c>: Library.</summary>
    Library,
    /// <summary><c>Linkage</c>: Linkage.</summary>
    Linkage,
    /// <summary><c>List</c>: List.</summary>
    List,
    /// <summary><c>Location</c>: Location.</summary>
    Location,
    /// <summary><c>Measure</c>: Measure.</summary>
    Measure,
    /// <summary><c>MeasureReport</c>: MeasureReport.</summary>
    MeasureReport,
    /// <summary><c>Media</c>: Media.</summary>
    Media,
    /// <summary><c>Medication</c>: Medication.</summary>
    Medication,
    /// <summary><c>MedicationAdministration</c>: MedicationAdministration.</summary>
    MedicationAdministration,
    /// <summary><c>MedicationDispense</c>: MedicationDispense.</summary>
    MedicationDispense,
    /// <summary><c>MedicationKnowledge</c>: MedicationKnowledge.</summary>
    MedicationKnowledge,
    /// <summary><c>MedicationRequest</c>: MedicationRequest.</summary>
    MedicationRequest,
    /// <summary><c>MedicationStatement</c>: MedicationStatement.</summary>
    MedicationStatement,
    /// <summary><c>MedicinalProduct</c>: MedicinalProduct.</summary>
    MedicinalProduct,
    /// <summary><c>MedicinalProductAuthorization</c>: MedicinalProductAuthorization.</summary>
    MedicinalProductAuthorization,
    /// <summary><c>MedicinalProductContraindication</c>: MedicinalProductContraindication.</summary>
    MedicinalProductContraindication,
    /// <summary><c>MedicinalProductIndication</c>: MedicinalProductIndication.</summary>
    MedicinalProductIndication,
    /// <summary><c>MedicinalProductIngredient</c>: MedicinalProductIngredient.</summary>
    MedicinalProductIngredient,
    /// <summary><c>MedicinalProductInteraction</c>: MedicinalProductInteraction.</summary>
    MedicinalProductInteraction,
    /// <summary><c>MedicinalProductManufactured</c>: MedicinalProductManufactured.</summary>
    MedicinalProductManufactured,
    /// <summary><c>MedicinalProductPackaged</c>: MedicinalProductPackaged.</summary>
    MedicinalProductPackaged,
    /// <summary><c>MedicinalProductPharmaceutical</c>: MedicinalProductPharmaceutical.</summary>
    MedicinalProductPharmaceutical,
    /// <summary><c>MedicinalProductUndesirableEffect</c>: MedicinalProductUndesirableEffect.</summary>
    MedicinalProductUndesirableEffect,
    /// <summary><c>MessageDefinition</c>: MessageDefinition.</summary>
    MessageDefinition,
    /// <summary><c>MessageHeader</c>: MessageHeader.</summary>
    MessageHeader,
    /// <summary><c>MolecularSequence</c>: MolecularSequence.</summary>
    MolecularSequence,
    /// <summary><c>NamingSystem</c>: NamingSystem.</summary>
    NamingSystem,
    /// <summary><c>NutritionOrder</c>: NutritionOrder.</summary>
    NutritionOrder,
    /// <summary><c>Observation</c>: Observation.</summary>
    Observation,
    /// <summary><c>ObservationDefinition</c>: ObservationDefinition.</summary>
    ObservationDefinition,
    /// <summary><c>OperationDefinition</c>: OperationDefinition.</summary>
    OperationDefinition,
    /// <summary><c>OperationOutcome</c>: OperationOutcome.</summary>
    OperationOutcome,
    /// <summary><c>Organization</c>: Organization.</summary>
    Organization,
    /// <summary><c>OrganizationAffiliation</c>: OrganizationAffiliation.</summary>
    OrganizationAffiliation,
    /// <summary><c>Parameters</c>: Parameters.</summary>
    Parameters,
    /// <summary><c>Patient</c>: Patient.</summary>
    Patient,
    /// <summary><c>PaymentNotice</c>: PaymentNotice.</summary>
    PaymentNotice,
    /// <summary><c>PaymentReconciliation</c>: PaymentReconciliation.</summary>
    PaymentReconciliation,
    /// <summary><c>Person</c>: Person.</summary>
    Person,
    /// <summary><c>PlanDefinition</c>: PlanDefinition.</summary>
    PlanDefinition,
    /// <summary><c>Practitioner</c>: Practitioner.</summary>
    Practitioner,
    /// <summary><c>PractitionerRole</c>: PractitionerRole.</summary>
    PractitionerRole,
    /// <summary><c>Procedure</c>: Procedure.</summary>
    Procedure,
    /// <summary><c>Provenance</c>: Provenance.</summary>
    Provenance,
    /// <summary><c>Questionnaire</c>: Questionnaire.</summary>
    Questionnaire,
    /// <summary><c>QuestionnaireResponse</c>: QuestionnaireResponse.</summary>
    QuestionnaireResponse,
    /// <summary><c>RelatedPerson</c>: RelatedPerson.</summary>
    RelatedPerson,
    /// <summary><c>RequestGroup</c>: RequestGroup.</summary>
    RequestGroup,
    /// <summary><c>ResearchDefinition</c>: ResearchDefinition.</summary>
    ResearchDefinition,
    /// <summary><c>ResearchElementDefinition</c>: ResearchElementDefinition.</summary>
    ResearchElementDefinition,
    /// <summary><c>ResearchStudy</c>: ResearchStudy.</summary>
    ResearchStudy,
    /// <summary><c>ResearchSubject</c>: ResearchSubject.</summary>
    ResearchSubject,
    /// <summary><c>Resource</c>: Resource.</summary>
    Resource,
    /// <summary><c>RiskAssessment</c>: RiskAssessment.</summary>
    RiskAssessment,
    /// <summary><c>RiskEvidenceSynthesis</c>: RiskEvidenceSynthesis.</summary>
    RiskEvidenceSynthesis,
    /// <summary><c>Schedule</c>: Schedule.</summary>
    Schedule,
    /// <summary><c>SearchParameter</c>: SearchParameter.</summary>
    SearchParameter,
    /// <summary><c>ServiceRequest</c>: ServiceRequest.</summary>
    ServiceRequest,
    /// <summary><c>Slot</c>: Slot.</summary>
    Slot,
    /// <summary><c>Specimen</c>: Specimen.</summary>
    Specimen,
    /// <summary><c>SpecimenDefinition</c>: SpecimenDefinition.</summary>
    SpecimenDefinition,
    /// <summary><c>StructureDefinition</c>: StructureDefinition.</summary>
    StructureDefinition,
    /// <summary><c>StructureMap</c>: StructureMap.</summary>
    StructureMap,
    /// <summary><c>Subscription</c>: Subscription.</summary>
    Subscription,
    /// <summary><c>Substance</c>: Substance.</summary>
    Substance,
    /// <summary><c>SubstanceNucleicAcid</c>: SubstanceNucleicAcid.</summary>
    SubstanceNucleicAcid,
    /// <summary><c>SubstancePolymer</c>: SubstancePolymer.</summary>
    SubstancePolymer,
    /// <summary><c>SubstanceProtein</c>: SubstanceProtein.</summary>
    SubstanceProtein,
    /// <summary><c>SubstanceReferenceInformation</c>: SubstanceReferenceInformation.</summary>
    SubstanceReferenceInformation,
    /// <summary><c>SubstanceSourceMaterial</c>: SubstanceSourceMaterial.</summary>
    SubstanceSourceMaterial,
    /// <summary><c>SubstanceSpecification</c>: SubstanceSpecification.</summary>
    SubstanceSpecification,
    /// <summary><c>SupplyDelivery</c>: SupplyDelivery.</summary>
    SupplyDelivery,
    /// <summary><c>SupplyRequest</c>: SupplyRequest.</summary>
    SupplyRequest,
    /// <summary><c>Task</c>: Task.</summary>
    Task,
    /// <summary><c>TerminologyCapabilities</c>: TerminologyCapabilities.</summary>
    TerminologyCapabilities,
    /// <summary><c>TestReport</c>: TestReport.</summary>
    TestReport,
    /// <summary><c>TestScript</c>: TestScript.</summary>
    TestScript,
    /// <summary><c>ValueSet</c>: ValueSet.</summary>
    ValueSet,
    /// <summary><c>VerificationResult</c>: VerificationResult.</summary>
    VerificationResult,
    /// <summary><c>VisionPrescription</c>: VisionPrescription.</summary>
    VisionPrescription,
}
