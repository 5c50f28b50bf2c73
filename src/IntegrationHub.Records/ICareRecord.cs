using IntegrationHub.Contracts;

namespace IntegrationHub.Records;

/// <summary>
/// The write side of the shared care record and the prescribing view: applies one patient event's FHIR message
/// Bundle. Idempotent by <see cref="PatientEvent.MessageId"/> (the id is recorded in the same transaction as the
/// effect, so a redelivery changes nothing). Events of one patient arrive in order from their partition; events
/// of different patients may run at the same time, and shared resources (practitioners, locations) are locked.
/// </summary>
public interface ICareRecord
{
    /// <summary>Applies the event; returns false when it had been applied before (nothing changed).</summary>
    Task<bool> ApplyAsync(PatientEvent patientEvent, CancellationToken cancellationToken);
}
