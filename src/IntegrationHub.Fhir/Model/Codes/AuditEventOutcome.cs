using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AuditEventOutcome (http://hl7.org/fhir/ValueSet/audit-event-outcome); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AuditEventOutcomeConverter))]
public enum AuditEventOutcome
{
    /// <summary><c>0</c>: Success.</summary>
    Success,

    /// <summary><c>4</c>: Minor failure.</summary>
    MinorFailure,

    /// <summary><c>8</c>: Serious failure.</summary>
    SeriousFailure,

    /// <summary><c>12</c>: Major failure.</summary>
    MajorFailure,
}
