using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>The concrete resource types the reader accepts; <c>resourceType</c> is the discriminator, an unknown one is an error.</summary>
[JsonDerivedType(typeof(Account), "Account")]
[JsonDerivedType(typeof(AllergyIntolerance), "AllergyIntolerance")]
[JsonDerivedType(typeof(AuditEvent), "AuditEvent")]
[JsonDerivedType(typeof(Bundle), "Bundle")]
[JsonDerivedType(typeof(CapabilityStatement), "CapabilityStatement")]
[JsonDerivedType(typeof(Condition), "Condition")]
[JsonDerivedType(typeof(Coverage), "Coverage")]
[JsonDerivedType(typeof(Encounter), "Encounter")]
[JsonDerivedType(typeof(EpisodeOfCare), "EpisodeOfCare")]
[JsonDerivedType(typeof(List), "List")]
[JsonDerivedType(typeof(Location), "Location")]
[JsonDerivedType(typeof(Medication), "Medication")]
[JsonDerivedType(typeof(MedicationAdministration), "MedicationAdministration")]
[JsonDerivedType(typeof(MedicationDispense), "MedicationDispense")]
[JsonDerivedType(typeof(MedicationRequest), "MedicationRequest")]
[JsonDerivedType(typeof(MedicationStatement), "MedicationStatement")]
[JsonDerivedType(typeof(MessageHeader), "MessageHeader")]
[JsonDerivedType(typeof(Observation), "Observation")]
[JsonDerivedType(typeof(OperationOutcome), "OperationOutcome")]
[JsonDerivedType(typeof(Organization), "Organization")]
[JsonDerivedType(typeof(Parameters), "Parameters")]
[JsonDerivedType(typeof(Patient), "Patient")]
[JsonDerivedType(typeof(Practitioner), "Practitioner")]
[JsonDerivedType(typeof(PractitionerRole), "PractitionerRole")]
[JsonDerivedType(typeof(Procedure), "Procedure")]
[JsonDerivedType(typeof(Provenance), "Provenance")]
[JsonDerivedType(typeof(RelatedPerson), "RelatedPerson")]
[JsonDerivedType(typeof(Subscription), "Subscription")]
public abstract partial class Resource;
