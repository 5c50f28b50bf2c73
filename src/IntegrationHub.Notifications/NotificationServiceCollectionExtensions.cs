using IntegrationHub.Notifications.Api;
using IntegrationHub.Notifications.Delivery;
using IntegrationHub.Notifications.Postgres;
using IntegrationHub.Records.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace IntegrationHub.Notifications;

/// <summary>The one way the host adds discharge notifications: store, options, delivery service.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDischargeNotificationStore"/> and <see cref="IDischargeNotifications"/> (PostgreSQL when
    /// <c>Postgres:ConnectionString</c> is set, reusing the host's <see cref="NpgsqlDataSource"/> if it registered
    /// one; otherwise a placeholder that applies nothing and makes the API answer 503), validates
    /// <c>Notifications</c> options at start, and adds the delivery background service. Needs
    /// <c>AddCareRecord</c> (token validation, and the prescribing view for discharge medication). Call
    /// <see cref="IDischargeNotificationStore.MigrateAsync"/> before consuming events.
    /// </summary>
    public static IServiceCollection AddDischargeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .Validate(o => o.RetryLimit >= 1, "Notifications:RetryLimit must be at least 1.")
            .Validate(o => o.MinBackoff > TimeSpan.Zero && o.MinBackoff <= o.MaxBackoff, "Notifications:MinBackoff must be positive and not above Notifications:MaxBackoff.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Notifications:Timeout must be positive.")
            .Validate(o => o.HeartbeatMinimum >= TimeSpan.FromSeconds(1), "Notifications:HeartbeatMinimum must be at least one second.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Notifications:PollInterval must be positive.")
            .Validate(o => o.MaxConcurrentDeliveries is >= 1 and <= 1024, "Notifications:MaxConcurrentDeliveries must be between 1 and 1024.")
            .Validate(o => o.MaxEventsPerQuery is >= 1 and <= 10_000, "Notifications:MaxEventsPerQuery must be between 1 and 10000.")
            .Validate(o => o.TrustedCertificatePath is null || File.Exists(o.TrustedCertificatePath), "Notifications:TrustedCertificatePath names a file that does not exist.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DeliverySignal>();
        var connectionString = configuration["Postgres:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
            services.TryAddSingleton<PostgresNotificationStore>();
            services.TryAddSingleton<INotificationStore>(sp => sp.GetRequiredService<PostgresNotificationStore>());
        }
        else
        {
            services.TryAddSingleton<INotificationStore, UnavailableNotificationStore>();
        }

        services.TryAddSingleton<IDischargeNotificationStore>(sp => sp.GetRequiredService<INotificationStore>());
        services.TryAddSingleton<IDischargeNotifications>(sp => sp.GetRequiredService<INotificationStore>());
        services.TryAddSingleton<NotificationSender>();
        services.TryAddSingleton<SubscriptionDeliverer>();
        services.AddHostedService<DeliveryService>();
        services.AddSingleton<ICapabilityContributor, SubscriptionCapability>();
        return services;
    }
}
