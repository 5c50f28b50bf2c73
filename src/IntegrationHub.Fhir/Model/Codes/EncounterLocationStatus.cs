using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set EncounterLocationStatus (http://hl7.org/fhir/ValueSet/encounter-location-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(EncounterLocationStatusConverter))]
public enum EncounterLocationStatus
{
    /// <summary><c>planned</c>: Planned.</summary>
    Planned,

    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>reserved</c>: Reserved.</summary>
    Reserved,

    /// <summary><c>completed</c>: Completed.</summary>
    Completed,
}
