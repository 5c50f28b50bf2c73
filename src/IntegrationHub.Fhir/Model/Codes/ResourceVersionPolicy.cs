using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ResourceVersionPolicy (http://hl7.org/fhir/ValueSet/versioning-policy); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ResourceVersionPolicyConverter))]
public enum ResourceVersionPolicy
{
    /// <summary><c>no-version</c>: No VersionId Support.</summary>
    NoVersion,

    /// <summary><c>versioned</c>: Versioned.</summary>
    Versioned,

    /// <summary><c>versioned-update</c>: VersionId tracked fully.</summary>
    VersionedUpdate,
}
