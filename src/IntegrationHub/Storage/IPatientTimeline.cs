using IntegrationHub.Contracts;

namespace IntegrationHub.Storage;

/// <summary>
/// Every patient's events in the order the hub processed them: what ops read to see what happened to a
/// patient's messages, and the proof that routing kept each patient's order. Each partition appends its batch's
/// events after mapping them and before handing them to the views (<c>ProcessReceivedConsumer</c>).
/// </summary>
internal interface IPatientTimeline
{
    /// <summary>Appends in order; an event already there (same message id) is skipped.</summary>
    Task AppendAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken);

    /// <summary>The patient's events, oldest first, by hashed patient key (the partition key).</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAsync(string partitionKey, int limit, CancellationToken cancellationToken);
}
