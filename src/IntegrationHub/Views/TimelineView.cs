using IntegrationHub.Contracts;

namespace IntegrationHub.Views;

/// <summary>The patient timeline as a view: appends each batch of events in one write.</summary>
internal sealed class TimelineView(IPatientTimeline timeline) : IPatientEventView
{
    /// <summary>Every event, without its Bundle: the timeline records what happened and when, not the content.</summary>
    public static PatientEvent? Select(PatientEvent patientEvent) => patientEvent with { Bundle = string.Empty };

    public Task ApplyAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken) =>
        timeline.AppendAsync(events, cancellationToken);
}
