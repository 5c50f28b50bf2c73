using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set DaysOfWeek (http://hl7.org/fhir/ValueSet/days-of-week); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(DaysOfWeekConverter))]
public enum DaysOfWeek
{
    /// <summary><c>mon</c>: Monday.</summary>
    Mon,

    /// <summary><c>tue</c>: Tuesday.</summary>
    Tue,

    /// <summary><c>wed</c>: Wednesday.</summary>
    Wed,

    /// <summary><c>thu</c>: Thursday.</summary>
    Thu,

    /// <summary><c>fri</c>: Friday.</summary>
    Fri,

    /// <summary><c>sat</c>: Saturday.</summary>
    Sat,

    /// <summary><c>sun</c>: Sunday.</summary>
    Sun,
}
