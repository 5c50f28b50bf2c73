using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AllergyIntoleranceSeverity (http://hl7.org/fhir/ValueSet/reaction-event-severity); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AllergyIntoleranceSeverityConverter))]
public enum AllergyIntoleranceSeverity
{
    /// <summary><c>mild</c>: Mild.</summary>
    Mild,

    /// <summary><c>moderate</c>: Moderate.</summary>
    Moderate,

    /// <summary><c>severe</c>: Severe.</summary>
    Severe,
}
