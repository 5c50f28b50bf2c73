using System.Globalization;
using Npgsql;

namespace IntegrationHub.Load;

/// <summary>
/// How long after its ACK each message was stored: the senders' ACK logs (<c>hub send --ack-log</c>: control id,
/// arrival time) against the store's clock (<c>received_messages.stored_at</c>, the storing transaction's time).
/// Both clocks are this machine's. Negative when the store was quicker than the ACK's way back to the sender.
/// </summary>
internal sealed record AckToStored(long Matched, long Logged, double P50Ms, double P99Ms, double MaxMs)
{
    public static async Task<AckToStored> MeasureAsync(string connectionString, IEnumerable<string> ackLogs, DateTimeOffset since)
    {
        var controlIds = new List<string>();
        var ackedAt = new List<long>();
        foreach (var log in ackLogs)
        {
            foreach (var line in await File.ReadAllLinesAsync(log))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                controlIds.Add(line[..tab]);
                ackedAt.Add(long.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            select count(*),
                   percentile_cont(0.5) within group (order by d),
                   percentile_cont(0.99) within group (order by d),
                   max(d)
            from (
                select ((extract(epoch from m.stored_at) * 1000000 - k.acked) / 1000)::float8 as d
                from unnest($1::text[], $2::bigint[]) as k(c, acked)
                join received_messages m on m.control_id = k.c and m.received_at >= $3) x
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. controlIds] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ackedAt] });
        command.Parameters.Add(new NpgsqlParameter { Value = since.UtcDateTime });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new AckToStored(reader.GetInt64(0), controlIds.Count, Value(reader, 1), Value(reader, 2), Value(reader, 3));
    }

    public void Print(TextWriter output) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ACK -> stored: p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms, max {MaxMs:F1} ms ({Matched} of {Logged} acknowledged messages found stored)"));

    private static double Value(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? double.NaN : reader.GetDouble(ordinal);
}
