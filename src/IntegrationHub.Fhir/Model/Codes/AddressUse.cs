using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AddressUse (http://hl7.org/fhir/ValueSet/address-use); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AddressUseConverter))]
public enum AddressUse
{
    /// <summary><c>home</c>: Home.</summary>
    Home,

    /// <summary><c>work</c>: Work.</summary>
    Work,

    /// <summary><c>temp</c>: Temporary.</summary>
    Temp,

    /// <summary><c>old</c>: Old / Incorrect.</summary>
    Old,

    /// <summary><c>billing</c>: Billing.</summary>
    Billing,
}
