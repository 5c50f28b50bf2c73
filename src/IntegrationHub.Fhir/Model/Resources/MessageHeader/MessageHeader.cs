using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 MessageHeader resource: A resource that describes a message that is exchanged between systems.</summary>
public sealed class MessageHeader : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.MessageHeader;

    private ChoiceValue? _event;

    /// <summary>Code for the event this message represents or link to event definition (event[x] as Coding).</summary>
    public Coding? EventCoding
    {
        get => ChoiceValue.GetReference<Coding>(_event, 1);
        set => ChoiceValue.Set(ref _event, 1, value, IsReadingJson, "event[x]");
    }

    /// <summary>Code for the event this message represents or link to event definition (event[x] as uri).</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? EventUri
    {
        get => ChoiceValue.GetReference<string>(_event, 2);
        set => ChoiceValue.Set(ref _event, 2, value, IsReadingJson, "event[x]");
    }
    [JsonPropertyName("_eventUri")] public PrimitiveElement? EventUriElement { get; set; }

    /// <summary>Message destination application(s).</summary>
    public List<MessageHeaderDestination>? Destination { get; set; }

    /// <summary>Real world sender of the message.</summary>
    public Reference? Sender { get; set; }

    /// <summary>The source of the data entry.</summary>
    public Reference? Enterer { get; set; }

    /// <summary>The source of the decision.</summary>
    public Reference? Author { get; set; }

    /// <summary>Message source application (required).</summary>
    public required MessageHeaderSource Source { get; set; }

    /// <summary>Final responsibility for event.</summary>
    public Reference? Responsible { get; set; }

    /// <summary>Cause of event.</summary>
    public CodeableConcept? Reason { get; set; }

    /// <summary>If this is a reply to prior message.</summary>
    public MessageHeaderResponse? Response { get; set; }

    /// <summary>The actual content of the message.</summary>
    public List<Reference>? Focus { get; set; }

    /// <summary>Link to the definition for this message.</summary>
    [JsonConverter(typeof(FhirUriConverter))]
    public string? Definition { get; set; }
    [JsonPropertyName("_definition")] public PrimitiveElement? DefinitionElement { get; set; }

    /// <inheritdoc />
    private protected override void CheckRequiredChoices()
    {
        ChoiceValue.Require(_event, "event[x]");
    }
}
