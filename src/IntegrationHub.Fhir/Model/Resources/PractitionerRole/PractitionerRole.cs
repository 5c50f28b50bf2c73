using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 PractitionerRole resource: Roles/organizations the practitioner is associated with.</summary>
public sealed class PractitionerRole : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.PractitionerRole;

    /// <summary>Business Identifiers that are specific to a role/location.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>Whether this practitioner role record is in active use.</summary>
    public bool? Active { get; set; }
    [JsonPropertyName("_active")] public PrimitiveElement? ActiveElement { get; set; }

    /// <summary>The period during which the practitioner is authorized to perform in these role(s).</summary>
    public Period? Period { get; set; }

    /// <summary>Practitioner that is able to provide the defined services for the organization.</summary>
    public Reference? Practitioner { get; set; }

    /// <summary>Organization where the roles are available.</summary>
    public Reference? Organization { get; set; }

    /// <summary>Roles which this practitioner may perform.</summary>
    public List<CodeableConcept>? Code { get; set; }

    /// <summary>Specific specialty of the practitioner.</summary>
    public List<CodeableConcept>? Specialty { get; set; }

    /// <summary>The location(s) at which this practitioner provides care.</summary>
    public List<Reference>? Location { get; set; }

    /// <summary>The list of healthcare services that this worker provides for this role's Organization/Location(s).</summary>
    public List<Reference>? HealthcareService { get; set; }

    /// <summary>Contact details that are specific to the role/location/service.</summary>
    public List<ContactPoint>? Telecom { get; set; }

    /// <summary>Times the Service Site is available.</summary>
    public List<PractitionerRoleAvailableTime>? AvailableTime { get; set; }

    /// <summary>Not available during this time due to provided reason.</summary>
    public List<PractitionerRoleNotAvailable>? NotAvailable { get; set; }

    /// <summary>Description of availability exceptions.</summary>
    public string? AvailabilityExceptions { get; set; }
    [JsonPropertyName("_availabilityExceptions")] public PrimitiveElement? AvailabilityExceptionsElement { get; set; }

    /// <summary>Technical endpoints providing access to services operated for the practitioner with this role.</summary>
    public List<Reference>? Endpoint { get; set; }
}
