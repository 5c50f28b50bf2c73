using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ResponseType (http://hl7.org/fhir/ValueSet/response-code); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ResponseTypeConverter))]
public enum ResponseType
{
    /// <summary><c>ok</c>: OK.</summary>
    Ok,

    /// <summary><c>transient-error</c>: Transient Error.</summary>
    TransientError,

    /// <summary><c>fatal-error</c>: Fatal Error.</summary>
    FatalError,
}
