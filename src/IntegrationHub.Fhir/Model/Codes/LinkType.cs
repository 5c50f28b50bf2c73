using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set LinkType (http://hl7.org/fhir/ValueSet/link-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(LinkTypeConverter))]
public enum LinkType
{
    /// <summary><c>replaced-by</c>: Replaced-by.</summary>
    ReplacedBy,

    /// <summary><c>replaces</c>: Replaces.</summary>
    Replaces,

    /// <summary><c>refer</c>: Refer.</summary>
    Refer,

    /// <summary><c>seealso</c>: See also.</summary>
    Seealso,
}
