using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medicationrequest status (http://hl7.org/fhir/ValueSet/medicationrequest-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationRequestStatusConverter))]
public enum MedicationRequestStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>on-hold</c>: On Hold.</summary>
    OnHold,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>completed</c>: Completed.</summary>
    Completed,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>stopped</c>: Stopped.</summary>
    Stopped,

    /// <summary><c>draft</c>: Draft.</summary>
    Draft,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
