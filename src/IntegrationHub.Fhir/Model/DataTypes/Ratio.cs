namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Ratio datatype: A ratio of two Quantity values - a numerator and a denominator.</summary>
public sealed class Ratio : Element
{
    /// <summary>Numerator value.</summary>
    public Quantity? Numerator { get; set; }

    /// <summary>Denominator value.</summary>
    public Quantity? Denominator { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Numerator is not { IsEmpty: false }
        && Denominator is not { IsEmpty: false };
}
