namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.classHistory element: List of past encounter classes.</summary>
public sealed class EncounterClassHistory : BackboneElement
{
    /// <summary>inpatient | outpatient | ambulatory | emergency + (required).</summary>
    public required Coding Class { get; set; }

    /// <summary>The time that the episode was in the specified class (required).</summary>
    public required Period Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Class is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
