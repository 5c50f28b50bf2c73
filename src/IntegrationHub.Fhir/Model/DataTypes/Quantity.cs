using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Quantity datatype: A measured or measurable amount.</summary>
public class Quantity : Element
{
    /// <summary>Numerical value (with implicit precision).</summary>
    public FhirDecimal? Value { get; set; }
    [JsonPropertyName("_value")] public PrimitiveElement? ValueElement { get; set; }

    /// <summary>&lt; | &lt;= | &gt;= | &gt; - how to understand the value.</summary>
    public QuantityComparator? Comparator { get; set; }
    [JsonPropertyName("_comparator")] public PrimitiveElement? ComparatorElement { get; set; }

    /// <summary>Unit representation.</summary>
    public string? Unit { get; set; }
    [JsonPropertyName("_unit")] public PrimitiveElement? UnitElement { get; set; }

    /// <summary>System that defines coded unit form.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? System { get; set; }
    [JsonPropertyName("_system")] public PrimitiveElement? SystemElement { get; set; }

    /// <summary>Coded form of the unit.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Code { get; set; }
    [JsonPropertyName("_code")] public PrimitiveElement? CodeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Value is null
        && ValueElement is not { IsEmpty: false }
        && Comparator is null
        && ComparatorElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Unit)
        && UnitElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(System)
        && SystemElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Code)
        && CodeElement is not { IsEmpty: false };
}
