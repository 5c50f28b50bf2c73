using IntegrationHub.Contracts;
using IntegrationHub.Records;

namespace IntegrationHub.Views;

/// <summary>
/// The shared care record and prescribing view as a view: each event applied in the patient's order, each in
/// its own transaction and idempotent by message id, so a redelivered batch re-applies only what had not landed.
/// </summary>
internal sealed class CareRecordView(ICareRecord record) : IPatientEventView
{
    /// <summary>Every event, whole: the record is built from the Bundles.</summary>
    public static PatientEvent? Select(PatientEvent patientEvent) => patientEvent;

    public async Task ApplyAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken)
    {
        foreach (var patientEvent in events)
        {
            await record.ApplyAsync(patientEvent, cancellationToken);
        }
    }
}
