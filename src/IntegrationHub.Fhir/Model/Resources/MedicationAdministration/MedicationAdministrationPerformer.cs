namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationAdministration.performer element: Who performed the medication administration and what they did.</summary>
public sealed class MedicationAdministrationPerformer : BackboneElement
{
    /// <summary>Type of performance.</summary>
    public CodeableConcept? Function { get; set; }

    /// <summary>Who performed the medication administration (required).</summary>
    public required Reference Actor { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Function is not { IsEmpty: false }
        && Actor is not { IsEmpty: false };
}
