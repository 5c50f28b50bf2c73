using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 SampledData datatype: A series of measurements taken by a device.</summary>
public sealed class SampledData : Element
{
    /// <summary>Zero value and units (required).</summary>
    public required Quantity Origin { get; set; }

    /// <summary>Number of milliseconds between samples (required).</summary>
    public required FhirDecimal Period { get; set; }
    [JsonPropertyName("_period")] public PrimitiveElement? PeriodElement { get; set; }

    /// <summary>Multiply data by this before adding to origin.</summary>
    public FhirDecimal? Factor { get; set; }
    [JsonPropertyName("_factor")] public PrimitiveElement? FactorElement { get; set; }

    /// <summary>Lower limit of detection.</summary>
    public FhirDecimal? LowerLimit { get; set; }
    [JsonPropertyName("_lowerLimit")] public PrimitiveElement? LowerLimitElement { get; set; }

    /// <summary>Upper limit of detection.</summary>
    public FhirDecimal? UpperLimit { get; set; }
    [JsonPropertyName("_upperLimit")] public PrimitiveElement? UpperLimitElement { get; set; }

    /// <summary>Number of sample points at each time point (required).</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public required int Dimensions { get; set; }
    [JsonPropertyName("_dimensions")] public PrimitiveElement? DimensionsElement { get; set; }

    /// <summary>Decimal values with spaces, or "E" | "U" | "L".</summary>
    public string? Data { get; set; }
    [JsonPropertyName("_data")] public PrimitiveElement? DataElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
