using IntegrationHub.Contracts;

namespace IntegrationHub.Views;

/// <summary>The patient timeline as a view: appends each batch of events in one write.</summary>
internal sealed class TimelineView(IPatientTimeline timeline) : IPatientEventView
{
    public Task ApplyAsync(IReadOnlyList<PatientEvent> events, CancellationToken cancellationToken) =>
        timeline.AppendAsync(events, cancellationToken);
}
