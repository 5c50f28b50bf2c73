using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AuditEventAgentNetworkType (http://hl7.org/fhir/ValueSet/network-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AuditEventAgentNetworkTypeConverter))]
public enum AuditEventAgentNetworkType
{
    /// <summary><c>1</c>: Machine Name.</summary>
    MachineName,

    /// <summary><c>2</c>: IP Address.</summary>
    IPAddress,

    /// <summary><c>3</c>: Telephone Number.</summary>
    TelephoneNumber,

    /// <summary><c>4</c>: Email address.</summary>
    EmailAddress,

    /// <summary><c>5</c>: URI.</summary>
    URI,
}
