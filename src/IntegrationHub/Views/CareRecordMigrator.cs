using IntegrationHub.Records;

namespace IntegrationHub.Views;

/// <summary>Brings the care record's schema up to date at start-up, before the bus delivers the first event.</summary>
internal sealed class CareRecordMigrator(ICareRecordStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"The care record schema could not be prepared: {ex.Message}. Check Postgres:ConnectionString.", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
