using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set NameUse (http://hl7.org/fhir/ValueSet/name-use); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(NameUseConverter))]
public enum NameUse
{
    /// <summary><c>usual</c>: Usual.</summary>
    Usual,

    /// <summary><c>official</c>: Official.</summary>
    Official,

    /// <summary><c>temp</c>: Temp.</summary>
    Temp,

    /// <summary><c>nickname</c>: Nickname.</summary>
    Nickname,

    /// <summary><c>anonymous</c>: Anonymous.</summary>
    Anonymous,

    /// <summary><c>old</c>: Old.</summary>
    Old,

    /// <summary><c>maiden</c>: Name changed for Marriage.</summary>
    Maiden,
}
