using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 ContactPoint datatype: Details of a Technology mediated contact point (phone, fax, email, etc.).</summary>
public sealed class ContactPoint : Element
{
    /// <summary>phone | fax | email | pager | url | sms | other.</summary>
    public ContactPointSystem? System { get; set; }
    [JsonPropertyName("_system")] public PrimitiveElement? SystemElement { get; set; }

    /// <summary>The actual contact point details.</summary>
    public string? Value { get; set; }
    [JsonPropertyName("_value")] public PrimitiveElement? ValueElement { get; set; }

    /// <summary>home | work | temp | old | mobile - purpose of this contact point.</summary>
    public ContactPointUse? Use { get; set; }
    [JsonPropertyName("_use")] public PrimitiveElement? UseElement { get; set; }

    /// <summary>Specify preferred order of use (1 = highest).</summary>
    [JsonConverter(typeof(FhirPositiveIntConverter))]
    public int? Rank { get; set; }
    [JsonPropertyName("_rank")] public PrimitiveElement? RankElement { get; set; }

    /// <summary>Time period when the contact point was/is in use.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && System is null
        && SystemElement is not { IsEmpty: false }
        && string.IsNullOrEmpty(Value)
        && ValueElement is not { IsEmpty: false }
        && Use is null
        && UseElement is not { IsEmpty: false }
        && Rank is null
        && RankElement is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
