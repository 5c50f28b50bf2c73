using System.Collections.Concurrent;
using IntegrationHub.Notifications.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// The dispatcher: finds subscriptions with work due and runs one delivery pass per subscription, each on its
/// own task under its own lease, at most <see cref="NotificationOptions.MaxConcurrentDeliveries"/> at once. A
/// slow or dead endpoint therefore holds only its own pass (bounded by the POST time limit, then backed off),
/// never another subscriber's, and never ingestion, which only writes the outbox. Wakes on new notifications
/// from this process, on PostgreSQL NOTIFY from other instances, and every <see cref="NotificationOptions.PollInterval"/>.
/// </summary>
internal sealed partial class DeliveryService(
    INotificationStore store,
    SubscriptionDeliverer deliverer,
    DeliverySignal signal,
    IOptions<NotificationOptions> options,
    ILogger<DeliveryService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.IsAvailable)
        {
            return;
        }

        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.MaxConcurrentDeliveries);
        var listener = store is PostgresNotificationStore postgres ? ListenAsync(postgres.DataSource, stoppingToken) : Task.CompletedTask;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await store.DueAsync(settings.MaxConcurrentDeliveries * 2, stoppingToken))
                {
                    if (_running.ContainsKey(id) || !slots.Wait(0))
                    {
                        continue;
                    }

                    // The pass waits for its entry to be in the table, so its own removal can never come first.
                    var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _running[id] = Task.Run(() => RunAsync(id, registered.Task, slots, stoppingToken), CancellationToken.None);
                    registered.SetResult();
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(_running.Values);
        await listener;
    }

    private async Task RunAsync(string id, Task registered, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await registered;
        try
        {
            await using var lease = await store.TryLeaseAsync(id, stoppingToken);
            if (lease is not null)
            {
                await deliverer.DeliverAsync(id, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the state in the database says where to carry on.
        }
        catch (Exception ex)
        {
            LogPassFailed(logger, id, ex);
        }
        finally
        {
            _running.TryRemove(id, out _);
            slots.Release();
        }
    }

    /// <summary>LISTENs for notifications recorded by any hub instance; on a broken connection, reconnects after a pause.</summary>
    private async Task ListenAsync(NpgsqlDataSource dataSource, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Notify();
                try
                {
                    await using (var listen = new NpgsqlCommand("listen " + PostgresNotificationStore.NotifyChannel, connection))
                    {
                        await listen.ExecuteNonQueryAsync(stoppingToken);
                    }

                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await connection.WaitAsync(stoppingToken);
                    }
                }
                finally
                {
                    await UnlistenAsync(connection);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The poll still finds the work; this only restores the prompt wake-up.
                LogListenFailed(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A connection that goes back to the pool healthy must not go on listening: the hub's pool does not reset
    /// connections (<c>No Reset On Close</c>), so the next user would receive the notifications. A broken one is
    /// dropped by the pool anyway.
    /// </summary>
    private static async Task UnlistenAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlisten = new NpgsqlCommand("unlisten *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // Broken while unlistening: the pool drops it.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due notifications failed; trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass for subscription {SubscriptionId} failed")]
    private static partial void LogPassFailed(ILogger logger, string subscriptionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for new notifications failed; relying on the poll until reconnected")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
