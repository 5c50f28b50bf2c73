using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set LocationStatus (http://hl7.org/fhir/ValueSet/location-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(LocationStatusConverter))]
public enum LocationStatus
{
    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>suspended</c>: Suspended.</summary>
    Suspended,

    /// <summary><c>inactive</c>: Inactive.</summary>
    Inactive,
}
