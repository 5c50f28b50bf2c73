using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AdministrativeGender (http://hl7.org/fhir/ValueSet/administrative-gender); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AdministrativeGenderConverter))]
public enum AdministrativeGender
{
    /// <summary><c>male</c>: Male.</summary>
    Male,

    /// <summary><c>female</c>: Female.</summary>
    Female,

    /// <summary><c>other</c>: Other.</summary>
    Other,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
