namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Procedure.performer element: The people who performed the procedure.</summary>
public sealed class ProcedurePerformer : BackboneElement
{
    /// <summary>Type of performance.</summary>
    public CodeableConcept? Function { get; set; }

    /// <summary>The reference to the practitioner (required).</summary>
    public required Reference Actor { get; set; }

    /// <summary>Organization the device or practitioner was acting for.</summary>
    public Reference? OnBehalfOf { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Function is not { IsEmpty: false }
        && Actor is not { IsEmpty: false }
        && OnBehalfOf is not { IsEmpty: false };
}
