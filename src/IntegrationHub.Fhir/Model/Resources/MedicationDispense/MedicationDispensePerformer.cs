namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationDispense.performer element: Who performed event.</summary>
public sealed class MedicationDispensePerformer : BackboneElement
{
    /// <summary>Who performed the dispense and what they did.</summary>
    public CodeableConcept? Function { get; set; }

    /// <summary>Individual who was performing (required).</summary>
    public required Reference Actor { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Function is not { IsEmpty: false }
        && Actor is not { IsEmpty: false };
}
