namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Organization.contact element: Contact for the organization for a certain purpose.</summary>
public sealed class OrganizationContact : BackboneElement
{
    /// <summary>The type of contact.</summary>
    public CodeableConcept? Purpose { get; set; }

    /// <summary>A name associated with the contact.</summary>
    public HumanName? Name { get; set; }

    /// <summary>Contact details (telephone, email, etc.) for a contact.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>Visiting or postal addresses for the contact.</summary>
    public Address? Address { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Purpose is not { IsEmpty: false }
        && Name is not { IsEmpty: false }
        && FhirContent.NoElements(Telecom)
        && Address is not { IsEmpty: false };
}
