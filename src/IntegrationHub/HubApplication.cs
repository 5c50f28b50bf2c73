using IntegrationHub.Health;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using IntegrationHub.Ops;
using IntegrationHub.Notifications;
using IntegrationHub.Pipeline;
using IntegrationHub.Records;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;
using IntegrationHub.Views;

namespace IntegrationHub;

/// <summary>The hub as a table of contents: each area adds itself; tests build the same application in-process.</summary>
public static class HubApplication
{
    /// <param name="args">Command-line settings, as an operator gives them.</param>
    /// <param name="configure">Runs after every area has added itself; tests use it to add a log recorder.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddHubTelemetry();
        builder.AddHubStorage();
        builder.AddHubPipeline();
        builder.AddHubViews();
        builder.AddHubMessaging();
        builder.AddMllpIntake();
        builder.AddHubHealth();
        builder.AddHubOps();
        configure?.Invoke(builder);

        var app = builder.Build();

        app.MapHubHealth();
        app.MapHubOps();
        app.MapFhirApi();
        app.MapSubscriptionApi();

        return app;
    }
}
