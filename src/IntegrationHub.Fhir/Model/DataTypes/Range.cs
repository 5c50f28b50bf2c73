namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Range datatype: Set of values bounded by low and high.</summary>
public sealed class Range : Element
{
    /// <summary>Low limit.</summary>
    public Quantity? Low { get; set; }

    /// <summary>High limit.</summary>
    public Quantity? High { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Low is not { IsEmpty: false }
        && High is not { IsEmpty: false };
}
