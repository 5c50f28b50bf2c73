using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set PublicationStatus (http://hl7.org/fhir/ValueSet/publication-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(PublicationStatusConverter))]
public enum PublicationStatus
{
    /// <summary><c>draft</c>: Draft.</summary>
    Draft,

    /// <summary><c>active</c>: Active.</summary>
    Active,

    /// <summary><c>retired</c>: Retired.</summary>
    Retired,

    /// <summary><c>unknown</c>: Unknown.</summary>
    Unknown,
}
