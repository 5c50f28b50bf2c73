using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set Request priority (http://hl7.org/fhir/ValueSet/request-priority); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(RequestPriorityConverter))]
public enum RequestPriority
{
    /// <summary><c>routine</c>: Routine.</summary>
    Routine,

    /// <summary><c>urgent</c>: Urgent.</summary>
    Urgent,

    /// <summary><c>asap</c>: ASAP.</summary>
    Asap,

    /// <summary><c>stat</c>: STAT.</summary>
    Stat,
}
