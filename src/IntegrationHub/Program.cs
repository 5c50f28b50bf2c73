using IntegrationHub.Health;
using IntegrationHub.Intake;
using IntegrationHub.Messaging;
using IntegrationHub.Storage;
using IntegrationHub.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddHubTelemetry();
builder.AddHubStorage();
builder.AddHubMessaging();
builder.AddMllpIntake();
builder.AddHubHealth();

var app = builder.Build();

app.MapHubHealth();

app.Run();

/// <summary>The host's entry point; public so tests can start it in-process.</summary>
public partial class Program;
