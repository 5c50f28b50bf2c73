using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntegrationHub.Health;

/// <summary>
/// <c>/health/live</c>: the process answers and is not wedged (<see cref="StalledIntakeLivenessCheck"/>); a
/// process wedged for longer stops itself (<see cref="WedgedIntakeExit"/>).
/// <c>/health/ready</c>: the broker (MassTransit's own bus check) and the database answer and intake is still
/// making messages durable, so a load balancer sends MLLP traffic only to an instance that can make it durable.
/// </summary>
internal static class HealthSetup
{
    public const string ReadyTag = "ready";
    public const string LiveTag = "live";

    public static IHostApplicationBuilder AddHubHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IntakeWedge>();
        builder.Services.AddSingleton<HubExit>();
        builder.Services.AddHostedService<WedgedIntakeExit>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<IntakeHealthCheck>("intake", tags: [ReadyTag])
            .AddCheck<StalledIntakeLivenessCheck>("intake-stalled", tags: [LiveTag]);
        return builder;
    }

    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            // MassTransit tags its bus check "ready" as well.
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
