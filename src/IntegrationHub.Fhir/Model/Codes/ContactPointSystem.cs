using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ContactPointSystem (http://hl7.org/fhir/ValueSet/contact-point-system); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ContactPointSystemConverter))]
public enum ContactPointSystem
{
    /// <summary><c>phone</c>: Phone.</summary>
    Phone,

    /// <summary><c>fax</c>: Fax.</summary>
    Fax,

    /// <summary><c>email</c>: Email.</summary>
    Email,

    /// <summary><c>pager</c>: Pager.</summary>
    Pager,

    /// <summary><c>url</c>: URL.</summary>
    Url,

    /// <summary><c>sms</c>: SMS.</summary>
    Sms,

    /// <summary><c>other</c>: Other.</summary>
    Other,
}
