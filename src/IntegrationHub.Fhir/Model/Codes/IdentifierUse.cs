using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set IdentifierUse (http://hl7.org/fhir/ValueSet/identifier-use); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(IdentifierUseConverter))]
public enum IdentifierUse
{
    /// <summary><c>usual</c>: Usual.</summary>
    Usual,

    /// <summary><c>official</c>: Official.</summary>
    Official,

    /// <summary><c>temp</c>: Temp.</summary>
    Temp,

    /// <summary><c>secondary</c>: Secondary.</summary>
    Secondary,

    /// <summary><c>old</c>: Old.</summary>
    Old,
}
