using IntegrationHub.Contracts;

namespace IntegrationHub.Notifications;

/// <summary>
/// The notifications view's write side. Called per patient, in order, from the notifications view's queue.
/// </summary>
public interface IDischargeNotifications
{
    /// <summary>
    /// For a discharge (A03) or its cancellation (A13), records one notification per matching active
    /// subscription, each with that subscription's next gap-free event number, in one transaction; delivery
    /// happens later and elsewhere, so this never waits for a subscriber. Idempotent by
    /// <see cref="PatientEvent.MessageId"/>; any other event is ignored.
    /// </summary>
    Task ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken);
}
