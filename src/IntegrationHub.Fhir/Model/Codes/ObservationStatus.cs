using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ObservationStatus (http://hl7.org/fhir/ValueSet/observation-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ObservationStatusConverter))]
public enum ObservationStatus
{
    /// <summary><c>registered</c>: Registered.</summary>
    Registered,

    /// <summary><c>preliminary</c>: Preliminary.</summary>
    Preliminary,

    /// <summary><c>final</c>: Final.</summary>
    Final,

    /// <summary><c>amended</c>: Amended.</summary>
    Amended,

    /// <summary><c>corrected</c>: Corrected.</summary>
    Corrected,

    /// <summary><c>cancelled</c>: Cancelled.</summary>
    Cancelled,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
