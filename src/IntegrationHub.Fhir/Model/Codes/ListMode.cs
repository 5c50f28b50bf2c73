using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 required value set ListMode (http://hl7.org/fhir/ValueSet/list-mode); each member is written as its exact FHIR code.</summary>
[JsonConverter(typeof(ListModeConverter))]
public enum ListMode
{
    /// <summary><c>working</c>: Working List.</summary>
    Working,

    /// <summary><c>snapshot</c>: Snapshot List.</summary>
    Snapshot,

    /// <summary><c>changes</c>: Change List.</summary>
    Changes,
}
