namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MedicationRequest.dispenseRequest.initialFill element: First fill details.</summary>
public sealed class MedicationRequestDispenseRequestInitialFill : BackboneElement
{
    /// <summary>First fill quantity.</summary>
    public Quantity? Quantity { get; set; }

    /// <summary>First fill duration.</summary>
    public Duration? Duration { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Quantity is not { IsEmpty: false }
        && Duration is not { IsEmpty: false };
}
