using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medication administration status codes (http://hl7.org/fhir/ValueSet/medication-admin-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationAdministrationStatusConverter))]
public enum MedicationAdministrationStatus
{
    /// <summary><c>in-progress</c>: In Progress.</summary>
    InProgress,

    /// <summary><c>not-done</c>: Not Done.</summary>
    NotDone,

    /// <summary><c>on-hold</c>: On Hold.</summary>
    OnHold,

    /// <summary><c>completed</c>: Completed.</summary>
    Completed,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>stopped</c>: Stopped.</summary>
    Stopped,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
