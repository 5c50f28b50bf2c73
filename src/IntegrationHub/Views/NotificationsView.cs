using IntegrationHub.Contracts;
using IntegrationHub.Notifications;

namespace IntegrationHub.Views;

/// <summary>
/// Discharge notifications as a view: each discharge (or its cancellation) becomes one outbox row per matching
/// subscription with a gap-free event number; delivery to GP systems runs elsewhere, so a dead subscriber
/// endpoint never holds this queue, the other views or intake.
/// </summary>
internal sealed class NotificationsView(IDischargeNotifications notifications) : IPatientEventView
{
    /// <summary>Only discharges and their cancellations, whole; every other event would be dropped on arrival.</summary>
    public static PatientEvent? Select(PatientEvent patientEvent) =>
        DischargeNotificationEvents.IsNotifiable(patientEvent) ? patientEvent : null;

    public async Task ApplyAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken)
    {
        foreach (var patientEvent in events)
        {
            await notifications.ApplyAsync(patientEvent, cancellationToken);
        }
    }
}
