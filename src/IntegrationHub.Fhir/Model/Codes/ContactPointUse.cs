using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ContactPointUse (http://hl7.org/fhir/ValueSet/contact-point-use); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ContactPointUseConverter))]
public enum ContactPointUse
{
    /// <summary><c>home</c>: Home.</summary>
    Home,

    /// <summary><c>work</c>: Work.</summary>
    Work,

    /// <summary><c>temp</c>: Temp.</summary>
    Temp,

    /// <summary><c>old</c>: Old.</summary>
    Old,

    /// <summary><c>mobile</c>: Mobile.</summary>
    Mobile,
}
