using System.Diagnostics;
using Npgsql;

namespace IntegrationHub.Load;

/// <summary>What the database says about a load run: how fast it was stored and how long each message waited.</summary>
internal sealed record StoreReport(long Stored, long InTimeline, long InRecord, double SendSeconds, double StoreSeconds, double StoredP50Ms, double StoredP99Ms, double TimelineP50Ms, double TimelineP99Ms, double RecordP50Ms, double RecordP99Ms, double RecordSeconds)
{
    /// <summary>Waits until <paramref name="expected"/> messages are stored, in the timeline and applied to the care record, then reports on those received from <paramref name="since"/>.</summary>
    public static async Task<StoreReport> WaitForAsync(string connectionString, int expected, DateTimeOffset since, TimeSpan timeout)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            await using var count = dataSource.CreateCommand("select (select count(*) from received_messages), (select count(*) from patient_timeline), (select count(*) from applied_messages)");
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (reader.GetInt64(0) >= expected && reader.GetInt64(1) >= expected && reader.GetInt64(2) >= expected)
            {
                break;
            }

            await Task.Delay(250);
        }

        // received_at is intake's clock at receive (the ACK follows within the ACK latency); stored_at is the
        // storing transaction's time; the views' applied_at is when the timeline or care record wrote the event.
        await using var command = dataSource.CreateCommand("""
            select count(*),
                   count(t.message_id),
                   extract(epoch from max(m.received_at) - min(m.received_at)),
                   extract(epoch from max(m.stored_at) - min(m.received_at)),
                   percentile_cont(0.5) within group (order by extract(epoch from m.stored_at - m.received_at)) * 1000,
                   percentile_cont(0.99) within group (order by extract(epoch from m.stored_at - m.received_at)) * 1000,
                   percentile_cont(0.5) within group (order by extract(epoch from t.applied_at - m.received_at)) * 1000,
                   percentile_cont(0.99) within group (order by extract(epoch from t.applied_at - m.received_at)) * 1000,
                   count(a.message_id),
                   percentile_cont(0.5) within group (order by extract(epoch from a.applied_at - m.received_at)) * 1000,
                   percentile_cont(0.99) within group (order by extract(epoch from a.applied_at - m.received_at)) * 1000,
                   extract(epoch from max(a.applied_at) - min(m.received_at))
            from received_messages m
            left join patient_timeline t on t.message_id = m.message_id
            left join applied_messages a on a.message_id = m.message_id
            where m.received_at >= $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = since.UtcDateTime });
        await using var result = await command.ExecuteReaderAsync();
        await result.ReadAsync();
        return new StoreReport(result.GetInt64(0), result.GetInt64(1), result.GetInt64(8), Value(result, 2), Value(result, 3), Value(result, 4), Value(result, 5), Value(result, 6), Value(result, 7), Value(result, 9), Value(result, 10), Value(result, 11));
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"stored: {Stored} messages, in timeline: {InTimeline}, applied to the care record: {InRecord}");
        output.WriteLine($"intake window: {SendSeconds:F1} s ({Stored / Math.Max(SendSeconds, 0.001):F0} msg/s accepted)");
        output.WriteLine($"sustained end to end into PostgreSQL: {Stored / Math.Max(StoreSeconds, 0.001):F0} msg/s (first receive to last store {StoreSeconds:F1} s)");
        output.WriteLine($"receive -> stored: p50 {StoredP50Ms:F1} ms, p99 {StoredP99Ms:F1} ms");
        output.WriteLine($"receive -> timeline: p50 {TimelineP50Ms:F1} ms, p99 {TimelineP99Ms:F1} ms");
        output.WriteLine($"receive -> care record applied: p50 {RecordP50Ms:F1} ms, p99 {RecordP99Ms:F1} ms; the care record caught up {RecordSeconds:F1} s after the first receive ({InRecord / Math.Max(RecordSeconds, 0.001):F0} msg/s through it)");
    }

    private static double Value(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? double.NaN : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
