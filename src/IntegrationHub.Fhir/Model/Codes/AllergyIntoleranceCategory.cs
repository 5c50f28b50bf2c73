using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AllergyIntoleranceCategory (http://hl7.org/fhir/ValueSet/allergy-intolerance-category); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AllergyIntoleranceCategoryConverter))]
public enum AllergyIntoleranceCategory
{
    /// <summary><c>food</c>: Food.</summary>
    Food,

    /// <summary><c>medication</c>: Medication.</summary>
    Medication,

    /// <summary><c>environment</c>: Environment.</summary>
    Environment,

    /// <summary><c>biologic</c>: Biologic.</summary>
    Biologic,
}
