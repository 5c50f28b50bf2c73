using IntegrationHub.Contracts;
using IntegrationHub.Fhir;
using IntegrationHub.Records.Prescribing;

namespace IntegrationHub.Records.Applying;

/// <summary>What one ApplyAsync learns on the way and later steps need.</summary>
internal sealed class ApplyContext(PatientEvent patientEvent, DateTimeOffset eventTime, DateTimeOffset now)
{
    public PatientEvent Event { get; } = patientEvent;

    /// <summary>The event's clock for the event-time guard (EVN-2, else MSH-7, else when intake received it).</summary>
    public DateTimeOffset EventTime { get; } = eventTime;

    /// <summary>The transaction's lastUpdated.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>Resource id in the message → id in the record (matched patients, deduplicated findings).</summary>
    public Dictionary<string, string> IdMap { get; } = new(StringComparer.Ordinal);

    /// <summary>Merges this event performs: (retired record id, surviving record id).</summary>
    public List<(string Retired, string Survivor)> Merges { get; } = [];

    /// <summary>Organisation id in the message → its ODS code, for the patient's GP practice.</summary>
    public Dictionary<string, string> OrganisationOds { get; } = new(StringComparer.Ordinal);

    /// <summary>Patients whose prescribing list must be rebuilt after the writes (merge survivors).</summary>
    public HashSet<string> RecalculatePrescribing { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the event's medication evidence comes from: a GP system (OMP, a practice's ODS code, a GP's FHIR feed) or a hospital.</summary>
    public CareSetting Setting { get; set; } = CareSetting.Hospital;

    /// <summary>The ODS code of the sending organisation (MSH-4, or the GP token's organisation).</summary>
    public string? Organisation { get; set; } = patientEvent.SendingFacility;

    /// <summary>GP medication statements: evidence for the prescribing view, not stored as resources of their own.</summary>
    public List<MedicationStatement> Statements { get; } = [];

    /// <summary>Resources the event deletes (transaction DELETE entries), as (type, id).</summary>
    public List<(string Type, string Id)> Deletions { get; } = [];

    /// <summary>Record ids of the patients this event is about, the primary one first.</summary>
    public List<string> PatientIds { get; } = [];
}
