using IntegrationHub.Contracts;

namespace IntegrationHub.Notifications;

/// <summary>The events a discharge notification can come from; the hub sends the notifications view nothing else.</summary>
public static class DischargeNotificationEvents
{
    /// <summary>A discharge (A03), or the cancellation of one (A13), which subscribers must hear about too.</summary>
    public static bool IsNotifiable(PatientEvent patientEvent) => patientEvent switch
    {
        PatientDischarged => true,
        AdmissionCancelled => patientEvent.EventCode.EndsWith("^A13", StringComparison.Ordinal) || patientEvent.EventCode == "A13",
        _ => false,
    };
}
