using IntegrationHub.Mllp.Server;

namespace IntegrationHub.Intake;

/// <summary>The MLLP listener and the intake behind it, with their options checked at start-up.</summary>
internal static class IntakeSetup
{
    public static IHostApplicationBuilder AddMllpIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MllpServerOptions>().BindConfiguration(MllpServerOptions.SectionName)
            .Validate(o => o.Port is >= 0 and < 65536, "Mllp:Port must be between 0 and 65535.")
            .Validate(o => System.Net.IPAddress.TryParse(o.BindAddress, out _), "Mllp:BindAddress must be an IP address (e.g. 0.0.0.0).")
            .Validate(o => o.MaxFrameBytes >= 1024, "Mllp:MaxFrameBytes must be at least 1024.")
            .Validate(o => o.IdleTimeout > TimeSpan.Zero, "Mllp:IdleTimeout must be positive (e.g. 00:10:00).")
            .Validate(o => o.MaxConnections > 0, "Mllp:MaxConnections must be positive.")
            .Validate(o => !o.Tls.Enabled || !string.IsNullOrWhiteSpace(o.Tls.CertificatePath), "Mllp:Tls:Enabled needs Mllp:Tls:CertificatePath.")
            .Validate(o => !o.Tls.Enabled || File.Exists(o.Tls.CertificatePath), "Mllp:Tls:CertificatePath does not exist.")
            .ValidateOnStart();
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName)
            .Validate(o => o.HandoffTimeout > TimeSpan.Zero, "Intake:HandoffTimeout must be positive (e.g. 00:00:05).")
            .Validate(o => o.DedupeLookupTimeout > TimeSpan.Zero, "Intake:DedupeLookupTimeout must be positive (e.g. 00:00:00.250).")
            .Validate(o => o.StallAfter > TimeSpan.Zero, "Intake:StallAfter must be positive (e.g. 00:00:30).")
            .Validate(
                o => o.ExitAfterStall == TimeSpan.Zero || o.ExitAfterStall >= o.StallAfter,
                "Intake:ExitAfterStall must be 00:00:00 (never exit) or at least Intake:StallAfter (e.g. 00:02:00).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApplicationName), "Intake:ApplicationName must be set.")
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RecentReceipts>();
        builder.Services.AddSingleton<HandoffWatch>();
        builder.Services.AddSingleton<Hl7Intake>();
        builder.Services.AddSingleton<MllpListenerService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MllpListenerService>());
        return builder;
    }
}
