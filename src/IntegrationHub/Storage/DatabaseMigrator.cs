namespace IntegrationHub.Storage;

/// <summary>Brings the schema up to date at start-up, before anything is accepted.</summary>
internal sealed partial class DatabaseMigrator(IReceivedMessageStore store, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"The database could not be prepared ({store.GetType().Name}): {ex.Message}. Check Postgres:ConnectionString or Embedded:DatabasePath.", ex);
        }

        LogMigrated(logger, store.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Store})")]
    private static partial void LogMigrated(ILogger logger, string store);
}
