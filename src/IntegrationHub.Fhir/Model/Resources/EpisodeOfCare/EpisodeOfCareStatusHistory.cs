using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 EpisodeOfCare.statusHistory element: Past list of status codes (the current status may be included to cover the start date of the status).</summary>
public sealed class EpisodeOfCareStatusHistory : BackboneElement
{
    /// <summary>planned | waitlist | active | onhold | finished | cancelled | entered-in-error (required).</summary>
    public required EpisodeOfCareStatus Status { get; set; }
    [JsonPropertyName("_status")] public PrimitiveElement? StatusElement { get; set; }

    /// <summary>Duration the EpisodeOfCare was in the specified status (required).</summary>
    public required Period Period { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty => false; // a required value is always written
}
