using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set UnitsOfTime (http://hl7.org/fhir/ValueSet/units-of-time); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(UnitsOfTimeConverter))]
public enum UnitsOfTime
{
    /// <summary><c>s</c>: second.</summary>
    S,

    /// <summary><c>min</c>: minute.</summary>
    Min,

    /// <summary><c>h</c>: hour.</summary>
    H,

    /// <summary><c>d</c>: day.</summary>
    D,

    /// <summary><c>wk</c>: week.</summary>
    Wk,

    /// <summary><c>mo</c>: month.</summary>
    Mo,

    /// <summary><c>a</c>: year.</summary>
    A,
}
