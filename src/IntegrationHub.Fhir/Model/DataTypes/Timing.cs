using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Timing datatype: A timing schedule that specifies an event that may occur multiple times.</summary>
public sealed class Timing : Element
{
    /// <summary>When the event occurs.</summary>
    public List<FhirDateTime>? Event { get; set; }
    [JsonPropertyName("_event")] public List<PrimitiveElement?>? EventElement { get; set; }

    /// <summary>When the event is to occur.</summary>
    public TimingRepeat? Repeat { get; set; }

    /// <summary>BID | TID | QID | AM | PM | QD | QOD | +.</summary>
    public CodeableConcept? Code { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && FhirContent.NoItems(Event)
        && FhirContent.NoElements(EventElement)
        && Repeat is not { IsEmpty: false }
        && Code is not { IsEmpty: false };
}
