using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ListStatus (http://hl7.org/fhir/ValueSet/list-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ListStatusConverter))]
public enum ListStatus
{
    /// <summary><c>current</c>: Current.</summary>
    Current,

    /// <summary><c>retired</c>: Retired.</summary>
    Retired,

    /// <summary><c>entered-in-error</c>: Entered In Error.</summary>
    EnteredInError,
}
