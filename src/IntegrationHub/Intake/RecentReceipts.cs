using System.Collections.Concurrent;
using IntegrationHub.Storage;

namespace IntegrationHub.Intake;

/// <summary>
/// The receipts this instance gave most recently, by (MSH-3, MSH-4, MSH-10). A sender that lost an ACK resends
/// within seconds, often before the store consumer has written the original: this closes that window without
/// a database read. Bounded: the oldest entries fall out first; the database remains the record.
/// </summary>
internal sealed class RecentReceipts(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<(string, string, string), PriorReceipt> _receipts = new();
    private readonly ConcurrentQueue<(string, string, string)> _order = new();

    // ConcurrentDictionary.Count takes every lock of the dictionary; counted here instead, on every accepted message.
    private int _count;

    public bool TryGet(string application, string facility, string controlId, out PriorReceipt? receipt) =>
        _receipts.TryGetValue((application, facility, controlId), out receipt);

    public void Add(string application, string facility, string controlId, PriorReceipt receipt)
    {
        var key = (application, facility, controlId);
        if (_receipts.TryAdd(key, receipt))
        {
            _order.Enqueue(key);
            Interlocked.Increment(ref _count);
            while (Volatile.Read(ref _count) > capacity && _order.TryDequeue(out var oldest))
            {
                if (_receipts.TryRemove(oldest, out _))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
        }
    }
}
