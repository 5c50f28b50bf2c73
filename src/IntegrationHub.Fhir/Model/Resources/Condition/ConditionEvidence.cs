namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Condition.evidence element: Supporting evidence.</summary>
public sealed class ConditionEvidence : BackboneElement
{
    /// <summary>Manifestation/symptom.</summary>
    public List<CodeableConcept>? Code { get; set; }

    /// <summary>Supporting information found elsewhere.</summary>
    public List<Reference>? Detail { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Code)
        && FhirContent.NoElements(Detail);
}
