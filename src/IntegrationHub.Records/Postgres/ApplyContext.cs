using IntegrationHub.Contracts;

namespace IntegrationHub.Records.Postgres;

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

    /// <summary>Record ids of the patients this event is about, the primary one first.</summary>
    public List<string> PatientIds { get; } = [];
}
