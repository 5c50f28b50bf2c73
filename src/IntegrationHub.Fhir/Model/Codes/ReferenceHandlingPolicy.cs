using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ReferenceHandlingPolicy (http://hl7.org/fhir/ValueSet/reference-handling-policy); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ReferenceHandlingPolicyConverter))]
public enum ReferenceHandlingPolicy
{
    /// <summary><c>literal</c>: Literal References.</summary>
    Literal,

    /// <summary><c>logical</c>: Logical References.</summary>
    Logical,

    /// <summary><c>resolves</c>: Resolves References.</summary>
    Resolves,

    /// <summary><c>enforced</c>: Reference Integrity Enforced.</summary>
    Enforced,

    /// <summary><c>local</c>: Local References Only.</summary>
    Local,
}
