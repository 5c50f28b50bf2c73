using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Practitioner resource: A person with a formal responsibility in the provisioning of healthcare or related services.</summary>
public sealed class Practitioner : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Practitioner;

    /// <summary>An identifier for the person as this agent.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Whether this practitioner's record is in active use.</summary>
    public bool? Active { get; set; }
    [JsonPropertyName("_active")] public PrimitiveElement? ActiveElement { get; set; }

    /// <summary>The name(s) associated with the practitioner.</summary>
    public List<HumanName>? Name { get; set; }

    /// <summary>A contact detail for the practitioner (that apply to all roles).</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>Address(es) of the practitioner that are not role specific (typically home address).</summary>
    public List<Address>? Address { get; set; }

    /// <summary>male | female | other | unknown.</summary>
    public AdministrativeGender? Gender { get; set; }
    [JsonPropertyName("_gender")] public PrimitiveElement? GenderElement { get; set; }

    /// <summary>The date on which the practitioner was born.</summary>
    public FhirDate? BirthDate { get; set; }
    [JsonPropertyName("_birthDate")] public PrimitiveElement? BirthDateElement { get; set; }

    /// <summary>Image of the person.</summary>
    public List<Attachment>? Photo { get; set; }

    /// <summary>Certification, licenses, or training pertaining to the provision of care.</summary>
    public List<PractitionerQualification>? Qualification { get; set; }

    /// <summary>A language the practitioner can use in patient communication.</summary>
    public List<CodeableConcept>? Communication { get; set; }
}
