using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Patient.contact element: A contact party (e.g. guardian, partner, friend) for the patient.</summary>
public sealed class PatientContact : BackboneElement
{
    /// <summary>The kind of relationship.</summary>
    public List<CodeableConcept>? Relationship { get; set; }

    /// <summary>A name associated with the contact person.</summary>
    public HumanName? Name { get; set; }

    /// <summary>A contact detail for the person.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>Address for the contact person.</summary>
    public Address? Address { get; set; }

    /// <summary>male | female | other | unknown.</summary>
    public AdministrativeGender? Gender { get; set; }
    [JsonPropertyName("_gender")] public PrimitiveElement? GenderElement { get; set; }

    /// <summary>Organization that is associated with the contact.</summary>
    public Reference? Organization { get; set; }

    /// <summary>The period during which this contact person or organization is valid to be contacted relating to this patient.</summary>
    public Period? Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Relationship)
        && Name is not { IsEmpty: false }
        && FhirContent.NoElements(Telecom)
        && Address is not { IsEmpty: false }
        && Gender is null
        && GenderElement is not { IsEmpty: false }
        && Organization is not { IsEmpty: false }
        && Period is not { IsEmpty: false };
}
