using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medication dispense status codes (http://hl7.org/fhir/ValueSet/medicationdispense-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationDispenseStatusConverter))]
public enum MedicationDispenseStatus
{
    /// <summary><c>preparation</c>: Preparation.</summary>
    Preparation,

    /// <summary><c>in-progress</c>: In Progress.</summary>
    InProgress,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>on-hold</c>: On Hold.</summary>
    OnHold,

    /// <summary><c>completed</c>: Completed.</summary>
    Completed,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>stopped</c>: Stopped.</summary>
    Stopped,

    /// <summary><c>declined</c>: Declined.</summary>
    Declined,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
