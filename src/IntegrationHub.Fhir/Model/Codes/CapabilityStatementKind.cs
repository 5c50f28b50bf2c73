using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set CapabilityStatementKind (http://hl7.org/fhir/ValueSet/capability-statement-kind); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(CapabilityStatementKindConverter))]
public enum CapabilityStatementKind
{
    /// <summary><c>instance</c>: Instance.</summary>
    Instance,

    /// <summary><c>capability</c>: Capability.</summary>
    Capability,

    /// <summary><c>requirements</c>: Requirements.</summary>
    Requirements,
}
