using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AddressType (http://hl7.org/fhir/ValueSet/address-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AddressTypeConverter))]
public enum AddressType
{
    /// <summary><c>postal</c>: Postal.</summary>
    Postal,

    /// <summary><c>physical</c>: Physical.</summary>
    Physical,

    /// <summary><c>both</c>: Postal &amp; Physical.</summary>
    Both,
}
