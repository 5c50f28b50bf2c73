using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>Collects every finished span of the hub's and MassTransit's sources in this process.</summary>
internal sealed class TraceCollector : IDisposable
{
    private readonly ActivityListener _listener;

    public TraceCollector()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "IntegrationHub" or "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentBag<Activity> Spans { get; } = [];

    public IEnumerable<Activity> Named(string name) => Spans.Where(span => span.OperationName == name);

    public void Dispose() => _listener.Dispose();
}
