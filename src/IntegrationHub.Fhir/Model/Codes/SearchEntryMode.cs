using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set SearchEntryMode (http://hl7.org/fhir/ValueSet/search-entry-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(SearchEntryModeConverter))]
public enum SearchEntryMode
{
    /// <summary><c>match</c>: Match.</summary>
    Match,

    /// <summary><c>include</c>: Include.</summary>
    Include,

    /// <summary><c>outcome</c>: Outcome.</summary>
    Outcome,
}
