using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Address datatype: An address expressed using postal conventions (as opposed to GPS or other location definition formats).</summary>
public sealed class Address : Element
{
    /// <summary>home | work | temp | old | billing - purpose of this address.</summary>
    public AddressUse? Use { get; set; }
    [JsonPropertyName("_use")] public PrimitiveElement? UseElement { get; set; }

    /// <summary>postal | physical | both.</summary>
    public AddressType? Type { get; set; }
    [JsonPropertyName("_type")] public PrimitiveElement? TypeElement { get; set; }

    /// <summary>Text representation of the address.</summary>
    public string? Text { get; set; }
    [JsonPropertyName("_text")] public PrimitiveElement? TextElement { get; set; }

    /// <summary>Street name, number, direction &amp; P.O. Box etc.</summary>
    public List<string>? Line { get; set; }
    [JsonPropertyName("_line")] public List<PrimitiveElement?>? LineElement { get; set; }

    /// <summary>Name of city, town etc.</summary>
    public string? City { get; set; }
    [JsonPropertyName("_city")] public PrimitiveElement? CityElement { get; set; }

    /// <summary>District name (aka county).</summary>
    public string? District { get; set; }
    [JsonPropertyName("_district")] public PrimitiveElement? DistrictElement { get; set; }

    /// <summary>Sub-unit of country (abbreviations ok).</summary>
    public string? State { get; set; }
    [JsonPropertyName("_state")] public PrimitiveElement? StateElement { get; set; }

    /// <summary>Postal code for area.</summary>
    public string? PostalCode { get; set; }
    [JsonPropertyName("_postalCode")] public PrimitiveElement? PostalCodeElement { get; set; }

    /// <summary>Country (e.g. can be ISO 3166 2 or 3 letter code).</summary>
    public string? Country { get; set; }
    [JsonPropertyName("_country")] public PrimitiveElement? CountryElement { get; set; }

    /// <summary>Time period when address was/is in use.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Use is null
        && UseElement is not { IsEmpty: false }
        && Type is null
        && TypeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Text)
        && TextElement is not { IsEmpty: false }
        && FhirContent.NoStrings(Line)
        && FhirContent.NoElements(LineElement)
        && string.IsNullOrEmpty(City)
        && CityElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(District)
        && DistrictElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(State)
        && StateElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(PostalCode)
        && PostalCodeElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Country)
        && CountryElement is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
