using IntegrationHub.Notifications;
using IntegrationHub.Records;

namespace IntegrationHub.Views;

/// <summary>Brings the views' schemas (care record, notifications) up to date at start-up, before the bus delivers the first event.</summary>
internal sealed class ViewsMigrator(ICareRecordStore store, IDischargeNotificationStore notifications) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.MigrateAsync(cancellationToken);
            await notifications.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"The care record and notification schemas could not be prepared: {ex.Message}. Check Postgres:ConnectionString, or Embedded:DatabasePath / Embedded:CareRecordPath for the embedded care record.", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
