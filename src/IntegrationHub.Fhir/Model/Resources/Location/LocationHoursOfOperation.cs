using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Location.hoursOfOperation element: What days/times during a week is this location usually open.</summary>
public sealed class LocationHoursOfOperation : BackboneElement
{
    /// <summary>mon | tue | wed | thu | fri | sat | sun.</summary>
    public List<DaysOfWeek>? DaysOfWeek { get; set; }
    [JsonPropertyName("_daysOfWeek")] public List<PrimitiveElement?>? DaysOfWeekElement { get; set; }

    /// <summary>The Location is open all day.</summary>
    public bool? AllDay { get; set; }
    [JsonPropertyName("_allDay")] public PrimitiveElement? AllDayElement { get; set; }

    /// <summary>Time that the Location opens.</summary>
    public FhirTime? OpeningTime { get; set; }
    [JsonPropertyName("_openingTime")] public PrimitiveElement? OpeningTimeElement { get; set; }

    /// <summary>Time that the Location closes.</summary>
    public FhirTime? ClosingTime { get; set; }
    [JsonPropertyName("_closingTime")] public PrimitiveElement? ClosingTimeElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoItems(DaysOfWeek)
        && FhirContent.NoElements(DaysOfWeekElement)
        && AllDay is null
        && AllDayElement is not { IsEmpty: false }
        && OpeningTime is null
        && OpeningTimeElement is not { IsEmpty: false }
        && ClosingTime is null
        && ClosingTimeElement is not { IsEmpty: false };
}
