using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Patient resource: Information about an individual or animal receiving health care services.</summary>
public sealed class Patient : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.Patient;

    private ChoiceValue? _deceased;
    private ChoiceValue? _multipleBirth;

    /// <summary>An identifier for this patient.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Whether this patient's record is in active use.</summary>
    public bool? Active { get; set; }
    [JsonPropertyName("_active")] public PrimitiveElement? ActiveElement { get; set; }

    /// <summary>A name associated with the patient.</summary>
    public List<HumanName>? Name { get; set; }

    /// <summary>A contact detail for the individual.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>male | female | other | unknown.</summary>
    public AdministrativeGender? Gender { get; set; }
    [JsonPropertyName("_gender")] public PrimitiveElement? GenderElement { get; set; }

    /// <summary>The date of birth for the individual.</summary>
    public FhirDate? BirthDate { get; set; }
    [JsonPropertyName("_birthDate")] public PrimitiveElement? BirthDateElement { get; set; }

    /// <summary>Indicates if the individual is deceased or not (deceased[x] as boolean).</summary>
    public bool? DeceasedBoolean
    {
        get => ChoiceValue.GetValue<bool>(_deceased, 1);
        set => ChoiceValue.Set(ref _deceased, 1, value, IsReadingJson, "deceased[x]");
    }
    [JsonPropertyName("_deceasedBoolean")] public PrimitiveElement? DeceasedBooleanElement { get; set; }

    /// <summary>Indicates if the individual is deceased or not (deceased[x] as dateTime).</summary>
    public FhirDateTime? DeceasedDateTime
    {
        get => ChoiceValue.GetValue<FhirDateTime>(_deceased, 2);
        set => ChoiceValue.Set(ref _deceased, 2, value, IsReadingJson, "deceased[x]");
    }
    [JsonPropertyName("_deceasedDateTime")] public PrimitiveElement? DeceasedDateTimeElement { get; set; }

    /// <summary>An address for the individual.</summary>
    public List<Address>? Address { get; set; }

    /// <summary>Marital (civil) status of a patient.</summary>
    public CodeableConcept? MaritalStatus { get; set; }

    /// <summary>Whether patient is part of a multiple birth (multipleBirth[x] as boolean).</summary>
    public bool? MultipleBirthBoolean
    {
        get => ChoiceValue.GetValue<bool>(_multipleBirth, 1);
        set => ChoiceValue.Set(ref _multipleBirth, 1, value, IsReadingJson, "multipleBirth[x]");
    }
    [JsonPropertyName("_multipleBirthBoolean")] public PrimitiveElement? MultipleBirthBooleanElement { get; set; }

    /// <summary>Whether patient is part of a multiple birth (multipleBirth[x] as integer).</summary>
    public int? MultipleBirthInteger
    {
        get => ChoiceValue.GetValue<int>(_multipleBirth, 2);
        set => ChoiceValue.Set(ref _multipleBirth, 2, value, IsReadingJson, "multipleBirth[x]");
    }
    [JsonPropertyName("_multipleBirthInteger")] public PrimitiveElement? MultipleBirthIntegerElement { get; set; }

    /// <summary>Image of the patient.</summary>
    public List<Attachment>? Photo { get; set; }

    /// <summary>A contact party (e.g. guardian, partner, friend) for the patient.</summary>
    public List<PatientContact>? Contact { get; set; }

    /// <summary>A language which may be used to communicate with the patient about his or her health.</summary>
    public List<PatientCommunication>? Communication { get; set; }

    /// <summary>Patient's nominated primary care provider.</summary>
    public List<Reference>? GeneralPractitioner { get; set; }

    /// <summary>Organization that is the custodian of the patient record.</summary>
    public Reference? ManagingOrganization { get; set; }

    /// <summary>Link to another patient resource that concerns the same actual person.</summary>
    public List<PatientLink>? Link { get; set; }
}
