using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 EpisodeOfCare resource: An association of a Patient with an Organization and Healthcare Provider(s) for a period of time that the Organization assumes some level of responsibility.</summary>
public sealed class EpisodeOfCare : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.EpisodeOfCare;

    /// <summary>Business Identifier(s) relevant for this EpisodeOfCare.</summary>
    public List<Identifier>? Identifier { get; set; }

    /// <summary>planned | waitlist | active | onhold | finished | cancelled | entered-in-error (required).</summary>
    public required EpisodeOfCareStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Past list of status codes (the current status may be included to cover the start date of the status).</summary>
    public List<EpisodeOfCareStatusHistory>? StatusHistory { get; set; }

    /// <summary>Type/class - e.g. specialist referral, disease management.</summary>
    public List<CodeableConcept>? Type { get; set; }

    /// <summary>The list of diagnosis relevant to this episode of care.</summary>
    public List<EpisodeOfCareDiagnosis>? Diagnosis { get; set; }

    /// <summary>The patient who is the focus of this episode of care (required).</summary>
    public required Reference Patient { get; set; }

    /// <summary>Organization that assumes care.</summary>
    public Reference? ManagingOrganization { get; set; }

    /// <summary>Interval during responsibility is assumed.</summary>
    public Period? Period { get; set; }

    /// <summary>Originating Referral Request(s).</summary>
    public List<Reference>? ReferralRequest { get; set; }

    /// <summary>Care manager/care coordinator for the patient.</summary>
    public Reference? CareManager { get; set; }

    /// <summary>Other practitioners facilitating this episode of care.</summary>
    public List<Reference>? Team { get; set; }

    /// <summary>The set of accounts that may be used for billing for this EpisodeOfCare.</summary>
    public List<Reference>? Account { get; set; }
}
