using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 PractitionerRole.availableTime element: Times the Service Site is available.</summary>
public sealed class PractitionerRoleAvailableTime : BackboneElement
{
    /// <summary>mon | tue | wed | thu | fri | sat | sun.</summary>
    public List<DaysOfWeek>? DaysOfWeek { get; set; }
    [JsonPropertyName("_daysOfWeek")] public List<PrimitiveElement?>? DaysOfWeekElement { get; set; }

    /// <summary>Always available? e.g. 24 hour service.</summary>
    public bool? AllDay { get; set; }
    [JsonPropertyName("_allDay")] public PrimitiveElement? AllDayElement { get; set; }

    /// <summary>Opening time of day (ignored if allDay = true).</summary>
    public FhirTime? AvailableStartTime { get; set; }
    [JsonPropertyName("_availableStartTime")] public PrimitiveElement? AvailableStartTimeElement { get; set; }

    /// <summary>Closing time of day (ignored if allDay = true).</summary>
    public FhirTime? AvailableEndTime { get; set; }
    [JsonPropertyName("_availableEndTime")] public PrimitiveElement? AvailableEndTimeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoItems(DaysOfWeek)
        && FhirContent.NoElements(DaysOfWeekElement)
        && AllDay is null
        && AllDayElement is not { IsEmpty: false }
        && AvailableStartTime is null
        && AvailableStartTimeElement is not { IsEmpty: false }
        && AvailableEndTime is null
        && AvailableEndTimeElement is not { IsEmpty: false };
}
