using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 PractitionerRole.notAvailable element: Not available during this time due to provided reason.</summary>
public sealed class PractitionerRoleNotAvailable : BackboneElement
{
    /// <summary>Reason presented to the user explaining why time not available (required).</summary>
    public required string Description { get; set; }
    [JsonPropertyName("_description")] public PrimitiveElement? DescriptionElement { get; set; }

    /// <summary>Service not available from this date.</summary>
    public Period? During { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && string.IsNullOrEmpty(Description)
        && DescriptionElement is not { IsEmpty: false }
        && During is not { IsEmpty: false };
}
