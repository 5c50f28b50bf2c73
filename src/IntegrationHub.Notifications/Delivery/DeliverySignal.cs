namespace IntegrationHub.Notifications.Delivery;

/// <summary>
/// Wakes the delivery service when this process records notifications (other instances hear of them through
/// PostgreSQL NOTIFY or their poll), so delivery does not wait for the next poll.
/// </summary>
internal sealed class DeliverySignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of new notifications.
        }
    }

    /// <summary>Waits for a signal or the timeout.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
