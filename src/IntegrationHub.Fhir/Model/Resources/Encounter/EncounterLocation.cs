using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.location element: List of locations where the patient has been.</summary>
public sealed class EncounterLocation : BackboneElement
{
    /// <summary>Location the encounter takes place (required).</summary>
    public required Reference Location { get; set; }

    /// <summary>planned | active | reserved | completed.</summary>
    public EncounterLocationStatus? Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>The physical type of the location (usually the level in the location hierachy - bed room ward etc.).</summary>
    public CodeableConcept? PhysicalType { get; set; }

    /// <summary>Time period during which the patient was present at the location.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Location is not { IsEmpty: false }
        && Status is null
        && StatusElement is not { IsEmpty: false }
        && PhysicalType is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
