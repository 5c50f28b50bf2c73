using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir;

/// <summary>FHIR R4 AuditEvent resource: Event record kept for security purposes.</summary>
public sealed class AuditEvent : DomainResource
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ResourceType ResourceType => ResourceType.AuditEvent;

    /// <summary>Type/identifier of event (required).</summary>
    public required Coding Type { get; set; }

    /// <summary>More specific type/id for the event.</summary>
    public List<Coding>? Subtype { get; set; }

    /// <summary>Type of action performed during the event.</summary>
    public AuditEventAction? Action { get; set; }
    [JsonPropertyName("_action")] public PrimitiveElement? ActionElement { get; set; }

    /// <summary>When the activity occurred.</summary>
    public Period? Period { get; set; }

    /// <summary>Time when the event was recorded (required).</summary>
    public required FhirInstant Recorded { get; set; }
    [JsonPropertyName("_recorded")] public PrimitiveElement? RecordedElement { get; set; }

    /// <summary>Whether the event succeeded or failed.</summary>
    public AuditEventOutcome? Outcome { get; set; }
    [JsonPropertyName("_outcome")] public PrimitiveElement? OutcomeElement { get; set; }

    /// <summary>Description of the event outcome.</summary>
    public string? OutcomeDesc { get; set; }
    [JsonPropertyName("_outcomeDesc")] public PrimitiveElement? OutcomeDescElement { get; set; }

    /// <summary>The purposeOfUse of the event.</summary>
    public List<CodeableConcept>? PurposeOfEvent { get; set; }

    /// <summary>Actor involved in the event (required).</summary>
    public required List<AuditEventAgent> Agent { get; set; }

    /// <summary>Audit Event Reporter (required).</summary>
    public required AuditEventSource Source { get; set; }

    /// <summary>Data or objects used.</summary>
    public List<AuditEventEntity>? Entity { get; set; }
}
