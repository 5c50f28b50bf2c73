using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Organization resource: A grouping of people or organizations with a common purpose.</summary>
public sealed class Organization : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Organization;

    /// <summary>Identifies this organization across multiple systems.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Whether the organization's record is still in active use.</summary>
    public bool? Active { get; set; }
    [JsonPropertyName("_active")] public PrimitiveElement? ActiveElement { get; set; }

    /// <summary>Kind of organization.</summary>
    public List<CodeableConcept>? Type { get; set; }

    /// <summary>Name used for the organization.</summary>
    public string? Name { get; set; }
    [JsonPropertyName("_name")] public PrimitiveElement? NameElement { get; set; }

    /// <summary>A list of alternate names that the organization is known as, or was known as in the past.</summary>
    public List<string>? Alias { get; set; }
    [JsonPropertyName("_alias")] public List<PrimitiveElement?>? AliasElement { get; set; }

    /// <summary>A contact detail for the organization.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>An address for the organization.</summary>
    public List<Address>? Address { get; set; }

    /// <summary>The organization of which this organization forms a part.</summary>
    public Reference? PartOf { get; set; }

    /// <summary>Contact for the organization for a certain purpose.</summary>
    public List<OrganizationContact>? Contact { get; set; }

    /// <summary>Technical endpoints providing access to services operated for the organization.</summary>
    public List<Reference>? Endpoint { get; set; }
}
