namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Encounter.hospitalization element: Details about the admission to a healthcare service.</summary>
public sealed class EncounterHospitalization : BackboneElement
{
    /// <summary>Pre-admission identifier.</summary>
    public Identifier? PreAdmissionIdentifier { get; set; }

    /// <summary>The location/organization from which the patient came before admission.</summary>
    public Reference? Origin { get; set; }

    /// <summary>From where patient was admitted (physician referral, transfer).</summary>
    public CodeableConcept? AdmitSource { get; set; }

    /// <summary>The type of hospital re-admission that has occurred (if any). If the value is absent, then this is not identified as a readmission.</summary>
    public CodeableConcept? ReAdmission { get; set; }

    /// <summary>Diet preferences reported by the patient.</summary>
    public List<CodeableConcept>? DietPreference { get; set; }

    /// <summary>Special courtesies (VIP, board member).</summary>
    public List<CodeableConcept>? SpecialCourtesy { get; set; }

    /// <summary>Wheelchair, translator, stretcher, etc.</summary>
    public List<CodeableConcept>? SpecialArrangement { get; set; }

    /// <summary>Location/organization to which the patient is discharged.</summary>
    public Reference? Destination { get; set; }

    /// <summary>Category or kind of location after discharge.</summary>
    public CodeableConcept? DischargeDisposition { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && PreAdmissionIdentifier is not { IsEmpty: false }
        && Origin is not { IsEmpty: false }
        && AdmitSource is not { IsEmpty: false }
        && ReAdmission is not { IsEmpty: false }
        && FhirContent.NoElements(DietPreference)
        && FhirContent.NoElements(SpecialCourtesy)
        && FhirContent.NoElements(SpecialArrangement)
        && Destination is not { IsEmpty: false }
        && DischargeDisposition is not { IsEmpty: false };
}
