using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medication status codes (http://hl7.org/fhir/ValueSet/medication-statement-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationStatementStatusConverter))]
public enum MedicationStatementStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>completed</c>: Completed.</summary>
    Completed,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>intended</c>: Intended.</summary>
    Intended,

    /// <summary><c>stopped</c>: Stopped.</summary>
    Stopped,

    /// <summary><c>on-hold</c>: On Hold.</summary>
    OnHold,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,

    /// <summary><c>not-taken</c>: Not Taken.</summary>
    NotTaken,
}
