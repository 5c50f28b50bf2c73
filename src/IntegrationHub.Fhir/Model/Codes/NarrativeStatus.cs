using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set NarrativeStatus (http://hl7.org/fhir/ValueSet/narrative-status); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(NarrativeStatusConverter))]
public enum NarrativeStatus
{
    /// <summary><c>generated</c>: Generated.</summary>
    Generated,

    /// <summary><c>extensions</c>: Extensions.</summary>
    Extensions,

    /// <summary><c>additional</c>: Additional.</summary>
    Additional,

    /// <summary><c>empty</c>: Empty.</summary>
    Empty,
}
