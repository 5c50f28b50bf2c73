using IntegrationHub.Contracts;

namespace IntegrationHub.Views;

/// <summary>
/// Something built from the patient events (the care record, notifications). Each view has its
/// own partition queues, so a slow or failing view never holds another back; it receives every patient's
/// events in order and must apply them idempotently by <see cref="PatientEvent.MessageId"/>, because after a
/// crash or a replay the same events come again.
/// </summary>
internal interface IPatientEventView
{
    Task ApplyAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken);
}
