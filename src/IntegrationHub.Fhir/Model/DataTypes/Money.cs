using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Money datatype: An amount of economic utility in some recognized currency.</summary>
public sealed class Money : Element
{
    /// <summary>Numerical value (with implicit precision).</summary>
    public FhirDecimal? Value { get; set; }
    [JsonPropertyName("_value")] public PrimitiveElement? ValueElement { get; set; }

    /// <summary>ISO 4217 Currency Code.</summary>
    [JsonConverter(typeof(FhirCodeStringConverter))]
    public string? Currency { get; set; }
    [JsonPropertyName("_currency")] public PrimitiveElement? CurrencyElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Value is null
        && ValueElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Currency)
        && CurrencyElement is not { IsEmpty: false };
}
