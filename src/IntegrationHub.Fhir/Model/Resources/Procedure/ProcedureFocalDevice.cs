namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Procedure.focalDevice element: Manipulated, implanted, or removed device.</summary>
public sealed class ProcedureFocalDevice : BackboneElement
{
    /// <summary>Kind of change to device.</summary>
    public CodeableConcept? Action { get; set; }

    /// <summary>Device that was changed (required).</summary>
    public required Reference Manipulated { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Action is not { IsEmpty: false }
        && Manipulated is not { IsEmpty: false };
}
