using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts;

/// <summary>
/// A past-tense fact about one patient, made from one accepted v2 message by the mapping engine: what happened
/// (the trigger event), when (EVN-2, else MSH-7), who said so, and the FHIR R4 message Bundle that carries it.
/// Every view (care record, prescribing, notifications) receives each event on its own partition queue, in the
/// order the patient's messages arrived, and applies it idempotently by <see cref="MessageId"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(PatientAdmitted), nameof(PatientAdmitted))]
[JsonDerivedType(typeof(PatientTransferred), nameof(PatientTransferred))]
[JsonDerivedType(typeof(PatientDischarged), nameof(PatientDischarged))]
[JsonDerivedType(typeof(PatientUpdated), nameof(PatientUpdated))]
[JsonDerivedType(typeof(PatientsMerged), nameof(PatientsMerged))]
[JsonDerivedType(typeof(AdmissionCancelled), nameof(AdmissionCancelled))]
[JsonDerivedType(typeof(MedicationsChanged), nameof(MedicationsChanged))]
public abstract record PatientEvent
{
    /// <summary>The accepted v2 message this event was made from: the idempotency key of every view.</summary>
    public Guid MessageId { get; init; }

    /// <summary>Hashed patient key (see <see cref="Hl7MessageReceived.PartitionKey"/>): the routing key, never the identifier.</summary>
    public string PartitionKey { get; init; } = string.Empty;

    /// <summary>MSH-9 as <c>MESSAGE^EVENT</c>, e.g. <c>ADT^A03</c>.</summary>
    public string EventCode { get; init; } = string.Empty;

    /// <summary>
    /// When the event happened (EVN-2 recorded date/time, else MSH-7), the clock for the event-time guard: data
    /// from an older event never overwrites data from a newer one. Null when the message carried neither.
    /// </summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>MSH-3 as sent.</summary>
    public string SendingApplication { get; init; } = string.Empty;

    /// <summary>MSH-4 as sent (usually the ODS code of the trust or practice).</summary>
    public string SendingFacility { get; init; } = string.Empty;

    /// <summary>When intake accepted the message.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The mapping engine's FHIR R4 message Bundle (MessageHeader first), as JSON.</summary>
    public string Bundle { get; init; } = string.Empty;
}

/// <summary>A01 admit, A04 register an outpatient/ED attendance, A05 pre-admit, A14 pending admit.</summary>
public sealed record PatientAdmitted : PatientEvent;

/// <summary>A02 transfer, A06/A07 change of patient class, A21/A22 leave of absence out and back.</summary>
public sealed record PatientTransferred : PatientEvent;

/// <summary>A03 discharge or end of visit.</summary>
public sealed record PatientDischarged : PatientEvent;

/// <summary>A08, A28, A31 and other demographic or registration updates (GP registration included).</summary>
public sealed record PatientUpdated : PatientEvent;

/// <summary>A34, A35, A40: the retired record merged into the surviving one.</summary>
public sealed record PatientsMerged : PatientEvent;

/// <summary>A11, A12, A13 and other cancellations: the earlier event is undone.</summary>
public sealed record AdmissionCancelled : PatientEvent;

/// <summary>RDE^O11, RDS^O13, RAS^O17, OMP^O09: orders, dispenses, administrations, GP medication.</summary>
public sealed record MedicationsChanged : PatientEvent;
