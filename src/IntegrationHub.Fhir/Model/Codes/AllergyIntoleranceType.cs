using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AllergyIntoleranceType (http://hl7.org/fhir/ValueSet/allergy-intolerance-type); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AllergyIntoleranceTypeConverter))]
public enum AllergyIntoleranceType
{
    /// <summary><c>allergy</c>: Allergy.</summary>
    Allergy,

    /// <summary><c>intolerance</c>: Intolerance.</summary>
    Intolerance,
}
