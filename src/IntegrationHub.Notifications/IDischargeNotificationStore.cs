namespace IntegrationHub.Notifications;

/// <summary>Where subscriptions, notifications and delivery state live (PostgreSQL).</summary>
public interface IDischargeNotificationStore : IDischargeNotifications
{
    /// <summary>Creates or updates the schema. Idempotent; serialised by an advisory lock so two hub instances may start at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
