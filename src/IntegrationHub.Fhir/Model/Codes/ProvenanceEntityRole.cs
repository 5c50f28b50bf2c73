using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ProvenanceEntityRole (http://hl7.org/fhir/ValueSet/provenance-entity-role); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ProvenanceEntityRoleConverter))]
public enum ProvenanceEntityRole
{
    /// <summary><c>derivation</c>: Derivation.</summary>
    Derivation,

    /// <summary><c>revision</c>: Revision.</summary>
    Revision,

    /// <summary><c>quotation</c>: Quotation.</summary>
    Quotation,

    /// <summary><c>source</c>: Source.</summary>
    Source,

    /// <summary><c>removal</c>: Removal.</summary>
    Removal,
}
