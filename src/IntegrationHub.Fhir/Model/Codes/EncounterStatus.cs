using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set EncounterStatus (http://hl7.org/fhir/ValueSet/encounter-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(EncounterStatusConverter))]
public enum EncounterStatus
{
    /// <summary><c>planned</c>: Planned.</summary>
    Planned,

    /// <summary><c>arrived</c>: Arrived.</summary>
    Arrived,

    /// <summary><c>triaged</c>: Triaged.</summary>
    Triaged,

    /// <summary><c>in-progress</c>: In Progress.</summary>
    InProgress,

    /// <summary><c>onleave</c>: On Leave.</summary>
    Onleave,

    /// <summary><c>finished</c>: Finished.</summary>
    Finished,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
