using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter resource: An interaction during which services are provided to the patient.</summary>
public sealed class Encounter : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Encounter;

    /// <summary>Identifier(s) by which this encounter is known.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>planned | arrived | triaged | in-progress | onleave | finished | cancelled + (required).</summary>
    public required EncounterStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>List of past encounter statuses.</summary>
    public List<EncounterStatusHistory>? StatusHistory { get; set; }

    /// <summary>Classification of patient encounter (required).</summary>
    public required Coding Class { get; set; }

    /// <summary>List of past encounter classes.</summary>
    public List<EncounterClassHistory>? ClassHistory { get; set; }

    /// <summary>Specific type of encounter.</summary>
    public List<CodeableConcept>? Type { get; set; }

    /// <summary>Specific type of service.</summary>
    public CodeableConcept? ServiceType { get; set; }

    /// <summary>Indicates the urgency of the encounter.</summary>
    public CodeableConcept? Priority { get; set; }

    /// <summary>The patient or group present at the encounter.</summary>
    public Reference? Subject { get; set; }

    /// <summary>Episode(s) of care that this encounter should be recorded against.</summary>
    public List<Reference>? EpisodeOfCare { get; set; }

    /// <summary>The ServiceRequest that initiated this encounter.</summary>
    public List<Reference>? BasedOn { get; set; }

    /// <summary>List of participants involved in the encounter.</summary>
    public List<EncounterParticipant>? Participant { get; set; }

    /// <summary>The appointment that scheduled this encounter.</summary>
    public List<Reference>? Appointment { get; set; }

    /// <summary>The start and end time of the encounter.</summary>
    public Period? Period { get; set; }

    /// <summary>Quantity of time the encounter lasted (less time absent).</summary>
    public Duration? Length { get; set; }

    /// <summary>Coded reason the encounter takes place.</summary>
    public List<CodeableConcept>? ReasonCode { get; set; }

    /// <summary>Reason the encounter takes place (reference).</summary>
    public List<Reference>? ReasonReference { get; set; }

    /// <summary>The list of diagnosis relevant to this encounter.</summary>
    public List<EncounterDiagnosis>? Diagnosis { get; set; }

    /// <summary>The set of accounts that may be used for billing for this Encounter.</summary>
    public List<Reference>? Account { get; set; }

    /// <summary>Details about the admission to a healthcare service.</summary>
    public EncounterHospitalization? Hospitalization { get; set; }

    /// <summary>List of locations where the patient has been.</summary>
    public List<EncounterLocation>? Location { get; set; }

    /// <summary>The organization (facility) responsible for this encounter.</summary>
    public Reference? ServiceProvider { get; set; }

    /// <summary>Another Encounter this encounter is part of.</summary>
    public Reference? PartOf { get; set; }
}
