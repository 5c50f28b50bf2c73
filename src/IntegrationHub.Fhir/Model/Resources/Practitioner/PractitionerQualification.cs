namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Practitioner.qualification element: Certification, licenses, or training pertaining to the provision of care.</summary>
public sealed class PractitionerQualification : BackboneElement
{
    /// <summary>An identifier for this qualification for the practitioner.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Coded representation of the qualification (required).</summary>
    public required CodeableConcept Code { get; set; }

    /// <summary>Period during which the qualification is valid.</summary>
    public Period? Period { get; set; }

    /// <summary>Organization that regulates and issues the qualification.</summary>
    public Reference? Issuer { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoElements(Identifier)
        && Code is not { IsEmpty: false }
        && Period is not { IsEmpty: false }
        && Issuer is not { IsEmpty: false };
}
