namespace IntegrationHub.Load;

/// <summary>
/// Where a load run's CPU went: the hub processes, PostgreSQL, RabbitMQ, and the machine's busy time in all
/// (the rest of which is the senders, the kernel's own work and anything else running).
/// </summary>
internal sealed record CpuShares(TimeSpan Hub, TimeSpan Postgres, TimeSpan Broker, TimeSpan Machine)
{
    public static CpuShares operator -(CpuShares after, CpuShares before) => new(
        after.Hub - before.Hub, after.Postgres - before.Postgres, after.Broker - before.Broker, after.Machine - before.Machine);

    public void Print(TextWriter output, int messages)
    {
        var other = Machine - Hub - Postgres - Broker;
        output.WriteLine($"hub CPU in the measured run: {Hub.TotalSeconds:F1} s, {PerMessage(Hub)} us per message");
        output.WriteLine(
            $"CPU per message, all processes: {PerMessage(Machine)} us = hub {PerMessage(Hub)} + PostgreSQL {PerMessage(Postgres)} + RabbitMQ {PerMessage(Broker)} + other (senders, kernel) {PerMessage(other)}");

        string PerMessage(TimeSpan cpu) => (cpu.TotalMicroseconds / messages).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
