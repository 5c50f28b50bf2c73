using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 RelatedPerson resource: A person that is related to a patient, but who is not a direct target of care.</summary>
public sealed class RelatedPerson : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.RelatedPerson;

    /// <summary>A human identifier for this person.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Whether this related person's record is in active use.</summary>
    public bool? Active { get; set; }
    [JsonPropertyName("_active")] public PrimitiveElement? ActiveElement { get; set; }

    /// <summary>The patient this person is related to (required).</summary>
    public required Reference Patient { get; set; }

    /// <summary>The nature of the relationship.</summary>
    public List<CodeableConcept>? Relationship { get; set; }

    /// <summary>A name associated with the person.</summary>
    public List<HumanName>? Name { get; set; }

    /// <summary>A contact detail for the person.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>male | female | other | unknown.</summary>
    public AdministrativeGender? Gender { get; set; }
    [JsonPropertyName("_gender")] public PrimitiveElement? GenderElement { get; set; }

    /// <summary>The date on which the related person was born.</summary>
    public FhirDate? BirthDate { get; set; }
    [JsonPropertyName("_birthDate")] public PrimitiveElement? BirthDateElement { get; set; }

    /// <summary>Address where the related person can be contacted or visited.</summary>
    public List<Address>? Address { get; set; }

    /// <summary>Image of the person.</summary>
    public List<Attachment>? Photo { get; set; }

    /// <summary>Period of time that this relationship is considered valid.</summary>
    public Period? Period { get; set; }

    /// <summary>A language which may be used to communicate with about the patient's health.</summary>
    public List<RelatedPersonCommunication>? Communication { get; set; }
}
