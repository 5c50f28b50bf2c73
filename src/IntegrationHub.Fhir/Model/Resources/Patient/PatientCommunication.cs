using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 Patient.communication element: A language which may be used to communicate with the patient about his or her health.</summary>
public sealed class PatientCommunication : BackboneElement
{
    /// <summary>The language which can be used to communicate with the patient about his or her health (required).</summary>
    public required CodeableConcept Language { get; set; }

    /// <summary>Language preference indicator.</summary>
    public bool? Preferred { get; set; }
    [JsonPropertyName("_preferred")] public PrimitiveElement? PreferredElement { get; set; }

    /// <inheritdoc />
    internal override bool IsEmpty =>
        base.IsEmpty
        && Language is not { IsEmpty: false }
        && Preferred is null
        && PreferredElement is not { IsEmpty: false };
}
