using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Medication status codes (http://hl7.org/fhir/ValueSet/medication-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(MedicationStatusConverter))]
public enum MedicationStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>inactive</c>: Inactive.</summary>
    Inactive,

    /// <summary><c>entered-in-error</c>: Entered in Error.</summary>
    EnteredInError,
}
