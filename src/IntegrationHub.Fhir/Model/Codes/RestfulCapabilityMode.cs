using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set RestfulCapabilityMode (http://hl7.org/fhir/ValueSet/restful-capability-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(RestfulCapabilityModeConverter))]
public enum RestfulCapabilityMode
{
    /// <summary><c>client</c>: Client.</summary>
    Client,

    /// <summary><c>server</c>: Server.</summary>
    Server,
}
