using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set AuditEventAction (http://hl7.org/fhir/ValueSet/audit-event-action); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(AuditEventActionConverter))]
public enum AuditEventAction
{
    /// <summary><c>C</c>: Create.</summary>
    C,

    /// <summary><c>R</c>: Read/View/Print.</summary>
    R,

    /// <summary><c>U</c>: Update.</summary>
    U,

    /// <summary><c>D</c>: Delete.</summary>
    D,

    /// <summary><c>E</c>: Execute.</summary>
    E,
}
