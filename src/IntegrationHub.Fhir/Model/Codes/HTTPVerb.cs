using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set HTTPVerb (http://hl7.org/fhir/ValueSet/http-verb); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(HTTPVerbConverter))]
public enum HTTPVerb
{
    /// <summary><c>GET</c>: GET.</summary>
    GET,

    /// <summary><c>HEAD</c>: HEAD.</summary>
    HEAD,

    /// <summary><c>POST</c>: POST.</summary>
    POST,

    /// <summary><c>PUT</c>: PUT.</summary>
    PUT,

    /// <summary><c>DELETE</c>: DELETE.</summary>
    DELETE,

    /// <summary><c>PATCH</c>: PATCH.</summary>
    PATCH,
}
