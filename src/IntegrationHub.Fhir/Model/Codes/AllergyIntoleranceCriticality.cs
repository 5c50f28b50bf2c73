using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AllergyIntoleranceCriticality (http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AllergyIntoleranceCriticalityConverter))]
public enum AllergyIntoleranceCriticality
{
    /// <summary><c>low</c>: Low Risk.</summary>
    Low,

    /// <summary><c>high</c>: High Risk.</summary>
    High,

    /// <summary><c>unable-to-assess</c>: Unable to Assess Risk.</summary>
    UnableToAssess,
}
