using IntegrationHub.Contracts;
using IntegrationHub.Views;
using MassTransit;

namespace IntegrationHub.Messaging;

/// <summary>Applies a partition's batch of events to one view, on that view's own queue.</summary>
internal sealed class ViewConsumer<TView>(TView view) : IConsumer<PatientEventBatch>
    where TView : class, IPatientEventView
{
    public async Task Consume(ConsumeContext<PatientEventBatch> context)
    {
        using var activity = Telemetry.HubTelemetry.Source.StartActivity("hub.view");
        activity?.SetTag("hub.view", typeof(TView).Name);
        activity?.SetTag("hub.batch_size", context.Message.Events.Length);
        await view.ApplyAsync(context.Message.Events, context.CancellationToken);
    }
}
