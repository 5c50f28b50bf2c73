using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ConditionalReadStatus (http://hl7.org/fhir/ValueSet/conditional-read-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ConditionalReadStatusConverter))]
public enum ConditionalReadStatus
{
    /// <summary><c>not-supported</c>: Not Supported.</summary>
    NotSupported,

    /// <summary><c>modified-since</c>: If-Modified-Since.</summary>
    ModifiedSince,

    /// <summary><c>not-match</c>: If-None-Match.</summary>
    NotMatch,

    /// <summary><c>full-support</c>: Full Support.</summary>
    FullSupport,
}
