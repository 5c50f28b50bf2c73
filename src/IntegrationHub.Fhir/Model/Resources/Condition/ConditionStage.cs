namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Condition.stage element: Stage/grade, usually assessed formally.</summary>
public sealed class ConditionStage : BackboneElement
{
    /// <summary>Simple summary (disease specific).</summary>
    public CodeableConcept? Summary { get; set; }

    /// <summary>Formal record of assessment.</summary>
    public List<Reference>? Assessment { get; set; }

    /// <summary>Kind of staging.</summary>
    public CodeableConcept? Type { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Summary is not { IsEmpty: false }
        && FhirContent.NoElements(Assessment)
        && Type is not { IsEmpty: false };
}
