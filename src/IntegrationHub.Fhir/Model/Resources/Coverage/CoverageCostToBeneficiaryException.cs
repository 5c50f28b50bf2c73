namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Coverage.costToBeneficiary.exception element: Exceptions for patient payments.</summary>
public sealed class CoverageCostToBeneficiaryException : BackboneElement
{
    /// <summary>Exception category (required).</summary>
    public required CodeableConcept Type { get; set; }

    /// <summary>The effective period of the exception.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Type is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
