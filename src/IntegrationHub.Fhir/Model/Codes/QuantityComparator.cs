using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set QuantityComparator (http://hl7.org/fhir/ValueSet/quantity-comparator); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(QuantityComparatorConverter))]
public enum QuantityComparator
{
    /// <summary><c>&lt;</c>: Less than.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>: Less or Equal to.</summary>
    LessOrEqual,

    /// <summary><c>&gt;=</c>: Greater or Equal to.</summary>
    GreaterOrEqual,

    /// <summary><c>&gt;</c>: Greater than.</summary>
    GreaterThan,
}
