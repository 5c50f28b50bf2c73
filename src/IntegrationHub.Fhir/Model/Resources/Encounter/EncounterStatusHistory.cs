using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.statusHistory element: List of past encounter statuses.</summary>
public sealed class EncounterStatusHistory : BackboneElement
{
    /// <summary>planned | arrived | triaged | in-progress | onleave | finished | cancelled + (required).</summary>
    public required EncounterStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>The time that the episode was in the specified status (required).</summary>
    public required Period Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
